package court.tianping.life;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A meeting was planned by its hosting organisations, with the people expected and invited. */
public record MeetingPlanned(long meetingId, long court, String actor, LocalDateTime at, MeetingType type,
                             List<Long> hostIds, LocalDateTime startsAt, int expected, int invited,
                             Map<String, Object> after) implements LifeEvent {

    @Override
    public String action() {
        return "meeting.planned";
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
