package court.tianping.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The archive entries of a court's members in a week, for the weekly report. The archive module provides it
 * (it listens to this module, so this module cannot ask it directly); without it the report counts none.
 */
public interface ArchiveCounts {

    record MemberCount(long memberId, int merits, int flaws) {
    }

    /** Entries per member that entered the archive (were verified or confirmed) from {@code from} to {@code to}, both included. */
    List<MemberCount> between(long courtId, LocalDate from, LocalDate to);
}
