package court.tianping.honour;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A volunteer team's service activity was recorded with the hours of each volunteer. */
public record VolunteerServiceRecorded(long serviceId, Long courtId, String actor, LocalDateTime at, long teamId, LocalDate servedOn, java.math.BigDecimal hours, Map<String, Object> after) implements HonourEvent {

    @Override
    public String action() {
        return "honour.service-recorded";
    }

    @Override
    public String subjectType() {
        return "volunteer-service";
    }

    @Override
    public String subjectId() {
        return Long.toString(serviceId);
    }
}
