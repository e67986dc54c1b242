package court.tianping.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The archive entries of a court's members in a week, for the weekly report, and whether a feedback has entered
 * the archive. The archive module provides it
 * (it listens to this module, so this module cannot ask it directly); without it the report counts none.
 */
public interface ArchiveCounts {

    record MemberCount(long memberId, int merits, int flaws) {
    }

    /** Entries per member that entered the archive (were verified or confirmed) from {@code from} to {@code to}, both included. */
    List<MemberCount> between(long courtId, LocalDate from, LocalDate to);

    /** When the entry made from the feedback entered the archive, if it has: the last step of its flow. */
    Optional<LocalDateTime> archivedAt(long courtId, long feedbackId);
}
