package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** The clock runs again; open deadlines moved by the working time paused. */
public record DemandResumed(long demandId, long court, String actor, LocalDateTime at, long pausedMinutes,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.resumed";
    }
}
