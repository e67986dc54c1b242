package court.tianping.liaison.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface VisitRepository extends ListCrudRepository<Visit, Long> {
}
