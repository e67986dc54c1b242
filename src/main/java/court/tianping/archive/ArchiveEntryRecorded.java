package court.tianping.archive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * An entry was written: CONFIRMED when it came from another module's verified record, PENDING when typed in by
 * hand and waiting for a second person.
 */
public record ArchiveEntryRecorded(long entryId, long court, String actor, LocalDateTime at, long memberId, EntryKind kind,
                                   EntrySource source, EntryState state, LocalDate occurredOn, String sourceRef,
                                   Map<String, Object> after) implements ArchiveEvent {

    @Override
    public String action() {
        return "archive.entry-recorded";
    }
}
