package court.tianping.study;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A 督学 inspection was carried out and its findings recorded. */
public record StudyInspected(long inspectionId, long court, String actor, LocalDateTime at, long organizationId, LocalDate inspectedOn, int findings, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.inspected";
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
