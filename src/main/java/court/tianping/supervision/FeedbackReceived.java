package court.tianping.supervision;

import java.time.LocalDateTime;
import java.util.Map;

/** Feedback about a member or a branch was received; the giver's phone is not in the event. */
public record FeedbackReceived(long feedbackId, long court, String actor, LocalDateTime at, FeedbackSource source,
                               FeedbackKind kind, Long memberId, long organizationId, Map<String, Object> after)
        implements SupervisionEvent {

    @Override
    public String action() {
        return "supervision.feedback-received";
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
