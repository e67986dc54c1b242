package court.tianping.liaison.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ResolutionRepository extends ListCrudRepository<Resolution, Long> {
}
