package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The clock was stopped, for example while waiting for the requester. */
public record DemandPaused(long demandId, long court, String actor, LocalDateTime at, String reason,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.paused";
    }
}
