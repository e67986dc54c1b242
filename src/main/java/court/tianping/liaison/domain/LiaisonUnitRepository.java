package court.tianping.liaison.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface LiaisonUnitRepository extends ListCrudRepository<LiaisonUnit, Long> {
}
