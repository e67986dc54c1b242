package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The branch or group returned the demand to the dispatcher (退单). */
public record DemandReturned(long demandId, long court, String actor, LocalDateTime at, Long fromBranchId, String reason,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.returned";
    }
}
