package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** The inspected organisation followed up a finding. */
public record StudyFindingFollowedUp(long inspectionId, long court, String actor, LocalDateTime at, int finding, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.finding-followed-up";
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
