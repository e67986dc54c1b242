package court.tianping.life;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A meeting was held and recorded: who came, who was late, who was absent and why, and the minutes. */
public record MeetingHeld(long meetingId, long court, String actor, LocalDateTime at, MeetingType type,
                          List<Long> hostIds, LocalDateTime startsAt, List<Long> attended, int absent,
                          Map<String, Object> after) implements LifeEvent {

    @Override
    public String action() {
        return "meeting.held";
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
