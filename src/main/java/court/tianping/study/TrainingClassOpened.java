package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** A rotation training class (政治轮训班) was opened. */
public record TrainingClassOpened(long classId, long court, String actor, LocalDateTime at, String name, int hours, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.class-opened";
    }

    @Override
    public String subjectType() {
        return "training-class";
    }

    @Override
    public String subjectId() {
        return Long.toString(classId);
    }
}
