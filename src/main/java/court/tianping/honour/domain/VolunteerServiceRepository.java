package court.tianping.honour.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface VolunteerServiceRepository extends ListCrudRepository<VolunteerService, Long> {
}
