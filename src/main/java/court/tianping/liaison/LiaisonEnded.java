package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A judge's liaison to a unit ended on a day. */
public record LiaisonEnded(long liaisonId, long court, String actor, LocalDateTime at, LocalDate endsOn, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.ended";
    }

    @Override
    public String subjectType() {
        return "liaison";
    }

    @Override
    public String subjectId() {
        return Long.toString(liaisonId);
    }
}
