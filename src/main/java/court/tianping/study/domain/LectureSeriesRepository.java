package court.tianping.study.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface LectureSeriesRepository extends ListCrudRepository<LectureSeries, Long> {

    boolean existsByCourtIdAndName(Long courtId, String name);
}
