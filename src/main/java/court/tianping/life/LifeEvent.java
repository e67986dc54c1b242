package court.tianping.life;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/** One event per state change of organisational life, raised by the aggregate; each is written to the audit log. */
public sealed interface LifeEvent extends AuditedEvent
        permits MeetingPlanned, MeetingHeld, MeetingCancelled, ResolutionAdopted, MeetingFileAdded, ResolutionPublished,
                PublicationCorrected, ComplianceRulesChanged, ComplianceReminderSent {

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
