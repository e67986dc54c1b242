package court.tianping.study;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A member completed a training class and earned its hours. */
public record TrainingCompleted(long classId, long court, String actor, LocalDateTime at, long memberId, LocalDate completedOn, int hours, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.completed";
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
