package court.tianping.study.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface TrainingClassRepository extends ListCrudRepository<TrainingClass, Long> {
}
