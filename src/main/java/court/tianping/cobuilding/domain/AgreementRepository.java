package court.tianping.cobuilding.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface AgreementRepository extends ListCrudRepository<Agreement, Long> {
}
