package court.tianping.honour.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface PioneerPostRepository extends ListCrudRepository<PioneerPost, Long> {
}
