package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The member logged something done: a call, a visit, a mediation session…. */
public record DemandActionLogged(long demandId, long court, String actor, LocalDateTime at, long memberId, ActionKind kind, int minutes,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.action-logged";
    }
}
