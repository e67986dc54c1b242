package court.tianping.life;

import java.time.LocalDateTime;
import java.util.Map;

/** A planned meeting was cancelled, with the reason. */
public record MeetingCancelled(long meetingId, long court, String actor, LocalDateTime at, String reason,
                               Map<String, Object> after) implements LifeEvent {

    @Override
    public String action() {
        return "meeting.cancelled";
    }

    @Override
    public String subjectType() {
        return "meeting";
    }

    @Override
    public String subjectId() {
        return Long.toString(meetingId);
    }
}
