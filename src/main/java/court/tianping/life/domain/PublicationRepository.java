package court.tianping.life.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface PublicationRepository extends ListCrudRepository<Publication, Long> {
}
