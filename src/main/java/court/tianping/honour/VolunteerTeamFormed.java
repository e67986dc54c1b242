package court.tianping.honour;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A volunteer team (天平志愿服务队) was formed. */
public record VolunteerTeamFormed(long teamId, Long courtId, String actor, LocalDateTime at, LocalDate formedOn, Map<String, Object> after) implements HonourEvent {

    @Override
    public String action() {
        return "honour.team-formed";
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
