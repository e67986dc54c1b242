package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** The unit adopted a judicial suggestion. */
public record JudicialSuggestionAdopted(long suggestionId, long court, String actor, LocalDateTime at, LocalDate decidedOn, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.suggestion-adopted";
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
