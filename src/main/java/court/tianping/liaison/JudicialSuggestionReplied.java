package court.tianping.liaison;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** The unit replied to a judicial suggestion. */
public record JudicialSuggestionReplied(long suggestionId, long court, String actor, LocalDateTime at, LocalDate repliedOn, boolean late, Map<String, Object> after) implements LiaisonEvent {

    @Override
    public String action() {
        return "liaison.suggestion-replied";
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
