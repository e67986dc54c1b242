package court.tianping.platform;

import court.tianping.core.AuditedEvent;

import java.util.Map;

/** A change to platform data (login, lock-out, tokens, passwords), written to the audit log. */
public record PlatformChange(String actor, String action, String subjectType, String subjectId, Long courtId,
                             Map<String, Object> before, Map<String, Object> after) implements AuditedEvent {

    public static PlatformChange of(String actor, String action, String subjectType, String subjectId) {
        return new PlatformChange(actor, action, subjectType, subjectId, null, Map.of(), Map.of());
    }
}
