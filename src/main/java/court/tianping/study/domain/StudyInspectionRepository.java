package court.tianping.study.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface StudyInspectionRepository extends ListCrudRepository<StudyInspection, Long> {
}
