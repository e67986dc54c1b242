package court.tianping.archive;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/** One event per state change of a member's archive, each written to the audit log. */
public sealed interface ArchiveEvent extends AuditedEvent permits ArchiveEntryRecorded, ArchiveEntryConfirmed {

    long entryId();

    long court();

    LocalDateTime at();

    @Override
    default String subjectType() {
        return "archive-entry";
    }

    @Override
    default String subjectId() {
        return Long.toString(entryId());
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
