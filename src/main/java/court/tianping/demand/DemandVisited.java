package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The requester was called back and rated the handling (回访). */
public record DemandVisited(long demandId, long court, String actor, LocalDateTime at, Long memberId, Satisfaction satisfaction,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.visited";
    }
}
