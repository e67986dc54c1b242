package court.tianping.organization.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface CourtRepository extends ListCrudRepository<Court, Long> {
}
