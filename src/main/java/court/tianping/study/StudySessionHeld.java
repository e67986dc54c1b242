package court.tianping.study;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A study session was held, with who attended and how long it lasted. */
public record StudySessionHeld(long sessionId, long court, String actor, LocalDateTime at, StudyKind kind, long organizationId, int minutes, List<Long> attendees, Map<String, Object> after) implements StudyEvent {

    @Override
    public String action() {
        return "study.session-held";
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
