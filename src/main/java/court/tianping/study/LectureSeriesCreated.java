package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** A lecture series (大讲堂) was created. */
public record LectureSeriesCreated(long seriesId, long court, String actor, LocalDateTime at, String name, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.series-created";
    }

    @Override
    public String subjectType() {
        return "study-series";
    }

    @Override
    public String subjectId() {
        return Long.toString(seriesId);
    }
}
