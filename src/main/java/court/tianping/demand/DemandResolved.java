package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The demand was resolved with an outcome. */
public record DemandResolved(long demandId, long court, String actor, LocalDateTime at, Long memberId, Outcome outcome,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.resolved";
    }
}
