package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A dispute of a unit was resolved before litigation through its liaison judge. */
public record DisputeResolvedThroughLiaison(long resolutionId, long court, String actor, LocalDateTime at, long unitId, long judgeMemberId, LocalDate resolvedOn, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.dispute-resolved";
    }

    @Override
    public String subjectType() {
        return "liaison-resolution";
    }

    @Override
    public String subjectId() {
        return Long.toString(resolutionId);
    }
}
