package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** An overdue step was escalated (督办) to the branch secretary or the Party-affairs office. */
public record DemandEscalated(long demandId, long court, String actor, LocalDateTime at, DeadlineStep step, int level, Long branchId,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.escalated";
    }
}
