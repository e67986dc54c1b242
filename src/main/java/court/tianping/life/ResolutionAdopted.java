package court.tianping.life;

import java.time.LocalDateTime;
import java.util.Map;

/** A held meeting adopted a resolution, possibly one to publish to the whole court. */
public record ResolutionAdopted(long meetingId, long court, String actor, LocalDateTime at, int number,
                                boolean toPublish, Map<String, Object> after) implements LifeEvent {

    @Override
    public String action() {
        return "meeting.resolution-adopted";
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
