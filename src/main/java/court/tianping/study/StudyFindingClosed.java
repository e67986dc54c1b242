package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** The inspector closed a finding after its follow-up. */
public record StudyFindingClosed(long inspectionId, long court, String actor, LocalDateTime at, int finding, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.finding-closed";
    }

    @Override
    public String subjectType() {
        return "study-inspection";
    }

    @Override
    public String subjectId() {
        return Long.toString(inspectionId);
    }
}
