package court.tianping.study.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface StudySessionRepository extends ListCrudRepository<StudySession, Long> {
}
