package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** A planned study session was cancelled, with the reason. */
public record StudySessionCancelled(long sessionId, long court, String actor, LocalDateTime at, String reason, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.session-cancelled";
    }

    @Override
    public String subjectType() {
        return "study-session";
    }

    @Override
    public String subjectId() {
        return Long.toString(sessionId);
    }
}
