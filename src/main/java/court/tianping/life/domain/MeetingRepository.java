package court.tianping.life.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface MeetingRepository extends ListCrudRepository<Meeting, Long> {
}
