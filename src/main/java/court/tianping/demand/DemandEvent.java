package court.tianping.demand;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One event per state change of a demand, raised by the aggregate. Each is written to the audit log;
 * {@code after} carries what changed, with the requester's personal data left out.
 */
public sealed interface DemandEvent extends AuditedEvent
        permits DemandSubmitted, DemandDispatched, DemandReturned, DemandAccepted, DemandAssigned, DemandActionLogged, DemandResolved, DemandVisited, DemandReopened, DemandClosed, DemandPaused, DemandResumed, DemandEscalated,
                DemandAttachmentAdded, DemandCategorised {

    long demandId();

    long court();

    LocalDateTime at();

    @Override
    default String subjectType() {
        return "demand";
    }

    @Override
    default String subjectId() {
        return Long.toString(demandId());
    }

    @Override
    default Long courtId() {
        return court();
    }

    @Override
    default Map<String, Object> before() {
        return Map.of();
    }
}
