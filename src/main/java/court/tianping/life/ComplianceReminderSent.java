package court.tianping.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** An organisation was reminded that a period closes without the meeting its rule wants. */
public record ComplianceReminderSent(long organizationId, long court, String actor, LocalDateTime at, MeetingType type,
                                     LocalDate periodEnds, Map<String, Object> after) implements LifeEvent {

    @Override
    public String action() {
        return "compliance.reminded";
    }

    @Override
    public String subjectType() {
        return "organization";
    }

    @Override
    public String subjectId() {
        return Long.toString(organizationId);
    }
}
