package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** A member was enrolled in a training class. */
public record TrainingEnrolled(long classId, long court, String actor, LocalDateTime at, long memberId, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.enrolled";
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
