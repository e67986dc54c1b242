package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The demand was dispatched to a branch (派单), by a person or by the routing rules. */
public record DemandDispatched(long demandId, long court, String actor, LocalDateTime at, long branchId, boolean automatic,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.dispatched";
    }
}
