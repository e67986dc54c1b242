package court.tianping.life;

import java.time.LocalDateTime;
import java.util.Map;

/** A photo or file was added to a meeting's record. */
public record MeetingFileAdded(long meetingId, long court, String actor, LocalDateTime at, String fileName,
                               Map<String, Object> after) implements LifeEvent {

    @Override
    public String action() {
        return "meeting.file-added";
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
