package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A judicial suggestion (司法建议) was issued to a unit, with the day its reply is due. */
public record JudicialSuggestionIssued(long suggestionId, long court, String actor, LocalDateTime at, long unitId, long judgeMemberId, LocalDate issuedOn, LocalDate replyDue, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.suggestion-issued";
    }

    @Override
    public String subjectType() {
        return "judicial-suggestion";
    }

    @Override
    public String subjectId() {
        return Long.toString(suggestionId);
    }
}
