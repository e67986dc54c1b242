package court.tianping.supervision;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/** One event per state change of public supervision, each written to the audit log. */
public sealed interface SupervisionEvent extends AuditedEvent
        permits FeedbackReceived, FeedbackVerified, WeeklyFeedbackReportGenerated {

    long court();

    LocalDateTime at();

    @Override
    default Long courtId() {
        return court();
    }

    @Override
    default Map<String, Object> before() {
        return Map.of();
    }
}
