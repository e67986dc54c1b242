package court.tianping.honour;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/** One event per state change of a volunteering or honour record, raised by its aggregate; each is audited. */
public sealed interface HonourEvent extends AuditedEvent
        permits HonourAwarded, VolunteerTeamFormed, VolunteerJoined, VolunteerServiceRecorded, PioneerPostEstablished {

    LocalDateTime at();

    @Override
    default Map<String, Object> before() {
        return Map.of();
    }
}
