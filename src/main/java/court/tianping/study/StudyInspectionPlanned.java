package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** A 督学 inspection of a branch or group was planned. */
public record StudyInspectionPlanned(long inspectionId, long court, String actor, LocalDateTime at, long organizationId, InspectionMethod method, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.inspection-planned";
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
