package court.tianping.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The discipline office verified feedback as founded or unfounded, with a note. Founded praise or a founded
 * complaint about a member goes into the member's archive.
 */
public record FeedbackVerified(long feedbackId, long court, String actor, LocalDateTime at, FeedbackSource source,
                               FeedbackKind kind, boolean founded, Long memberId, long organizationId,
                               LocalDate receivedOn, String content, String note, Map<String, Object> after)
        implements SupervisionEvent {

    @Override
    public String action() {
        return "supervision.feedback-verified";
    }

    @Override
    public String subjectType() {
        return "feedback";
    }

    @Override
    public String subjectId() {
        return Long.toString(feedbackId);
    }
}
