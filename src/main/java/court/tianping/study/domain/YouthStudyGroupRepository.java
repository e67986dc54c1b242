package court.tianping.study.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface YouthStudyGroupRepository extends ListCrudRepository<YouthStudyGroup, Long> {
}
