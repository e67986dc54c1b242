package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** An unsatisfied visit reopened the demand. */
public record DemandReopened(long demandId, long court, String actor, LocalDateTime at, String reason,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.reopened";
    }
}
