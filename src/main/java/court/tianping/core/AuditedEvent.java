package court.tianping.core;

import java.util.Map;

/**
 * An event that records a change for the audit log. Every module's state-change events implement
 * it; the platform writes one audit entry per event. Snapshots must already have personal data masked.
 */
public interface AuditedEvent {

    String actor();

    String action();

    String subjectType();

    String subjectId();

    Long courtId();

    Map<String, Object> before();

    Map<String, Object> after();
}
