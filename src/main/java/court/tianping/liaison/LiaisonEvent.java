package court.tianping.liaison;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/** One event per state change of a liaison record, raised by its aggregate; each is written to the audit log. */
public sealed interface LiaisonEvent extends AuditedEvent
        permits LiaisonUnitRegistered, LiaisonAssigned, LiaisonEnded, VisitLogged, VisitFollowUpDone,
                JudicialSuggestionIssued, JudicialSuggestionReplied, JudicialSuggestionAdopted,
                JudicialSuggestionNotAdopted, DisputeResolvedThroughLiaison {

    long court();

    LocalDateTime at();

    @Override
    default Long courtId() {
        return court();
    }

    @Override
    default Map<String, Object> before() {
        return Map.of();
    }
}
