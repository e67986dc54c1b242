package court.tianping.cobuilding;

import java.time.LocalDateTime;
import java.util.Map;

/** A partner Party organisation was registered with the court. */
public record PartnerRegistered(long partnerId, long court, String actor, LocalDateTime at, PartnerType type, String name, Map<String, Object> after) implements CobuildingEvent {

    @Override
    public String action() {
        return "cobuilding.partner-registered";
    }

    @Override
    public String subjectType() {
        return "cobuilding-partner";
    }

    @Override
    public String subjectId() {
        return Long.toString(partnerId);
    }
}
