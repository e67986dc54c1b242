package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** A Party group of the branch accepted the demand (接单). */
public record DemandAccepted(long demandId, long court, String actor, LocalDateTime at, long branchId, long cellId,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.accepted";
    }
}
