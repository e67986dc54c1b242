package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The demand was closed after its return visit. */
public record DemandClosed(long demandId, long court, String actor, LocalDateTime at, Satisfaction satisfaction,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.closed";
    }
}
