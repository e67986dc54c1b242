package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** An enterprise or unit was registered for judge liaison. */
public record LiaisonUnitRegistered(long unitId, long court, String actor, LocalDateTime at, UnitKind kind, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.unit-registered";
    }

    @Override
    public String subjectType() {
        return "liaison-unit";
    }

    @Override
    public String subjectId() {
        return Long.toString(unitId);
    }
}
