package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** A member was assigned to handle the demand (办单), first or again. */
public record DemandAssigned(long demandId, long court, String actor, LocalDateTime at, long memberId, Long previousMemberId,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.assigned";
    }
}
