package court.tianping.honour.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface HonourRepository extends ListCrudRepository<Honour, Long> {
}
