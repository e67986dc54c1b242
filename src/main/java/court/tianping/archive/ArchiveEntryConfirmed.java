package court.tianping.archive;

import java.time.LocalDateTime;
import java.util.Map;

/** A second person confirmed a manual entry: from now on it is in the member's archive. */
public record ArchiveEntryConfirmed(long entryId, long court, String actor, LocalDateTime at, long memberId, EntryKind kind,
                                    EntrySource source, Map<String, Object> after) implements ArchiveEvent {

    @Override
    public String action() {
        return "archive.entry-confirmed";
    }
}
