package court.tianping.honour;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What other modules may read of individual honours (the archive's demo builds its merit entries from it). */
public interface HonourRecipients {

    record HonouredMember(long honourId, long memberId, String title, String awardedBy, LocalDate awardedOn,
                          String documentNo, String recordedBy, LocalDateTime recordedAt) {
    }

    /** Each member honoured individually in a court, one row per honour and member, oldest first. */
    List<HonouredMember> honouredMembers(long courtId);
}
