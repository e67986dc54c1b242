package court.tianping.supervision.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface FeedbackRepository extends ListCrudRepository<Feedback, Long> {
}
