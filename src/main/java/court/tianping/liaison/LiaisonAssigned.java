package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A judge was assigned as liaison to a unit for a period. */
public record LiaisonAssigned(long liaisonId, long court, String actor, LocalDateTime at, long unitId, long judgeMemberId, LocalDate startsOn, LocalDate endsOn, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.assigned";
    }

    @Override
    public String subjectType() {
        return "liaison";
    }

    @Override
    public String subjectId() {
        return Long.toString(liaisonId);
    }
}
