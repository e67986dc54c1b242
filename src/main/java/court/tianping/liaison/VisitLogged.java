package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A judge visited a unit they are liaison to. */
public record VisitLogged(long visitId, long court, String actor, LocalDateTime at, long unitId, long judgeMemberId, LocalDate visitedOn, int followUps, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.visit-logged";
    }

    @Override
    public String subjectType() {
        return "liaison-visit";
    }

    @Override
    public String subjectId() {
        return Long.toString(visitId);
    }
}
