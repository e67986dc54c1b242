package court.tianping.study;

import java.time.LocalDateTime;
import java.util.Map;

/** A study session was planned. */
public record StudySessionPlanned(long sessionId, long court, String actor, LocalDateTime at, StudyKind kind, long organizationId, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.session-planned";
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
