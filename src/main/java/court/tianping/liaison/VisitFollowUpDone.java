package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A follow-up of a visit was done. */
public record VisitFollowUpDone(long visitId, long court, String actor, LocalDateTime at, int followUp, LocalDate doneOn, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.follow-up-done";
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
