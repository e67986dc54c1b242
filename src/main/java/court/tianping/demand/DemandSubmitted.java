package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/** A demand came in through a channel. */
public record DemandSubmitted(long demandId, long court, String actor, LocalDateTime at, Channel channel, Long streetId, Long categoryId,
        Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.submitted";
    }
}
