package court.tianping.honour;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A member joined a volunteer team. */
public record VolunteerJoined(long teamId, Long courtId, String actor, LocalDateTime at, long memberId, LocalDate joinedOn, Map<String, Object> after) implements HonourEvent {

    @Override
    public String action() {
        return "honour.volunteer-joined";
    }

    @Override
    public String subjectType() {
        return "volunteer-team";
    }

    @Override
    public String subjectId() {
        return Long.toString(teamId);
    }
}
