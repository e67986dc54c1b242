package court.tianping.organization;

import court.tianping.core.AuditedEvent;
import court.tianping.core.CourtId;

import java.util.Map;

/** A department or trial team was added ({@code department.created}, {@code trial-team.created}). */
public record DepartmentChanged(String action, String subjectType, long id, CourtId court, String actor,
                                Map<String, Object> after) implements AuditedEvent {

    @Override
    public String subjectId() {
        return Long.toString(id);
    }

    @Override
    public Long courtId() {
        return court.value();
    }

    @Override
    public Map<String, Object> before() {
        return Map.of();
    }
}
