package court.tianping.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What other modules may read of verified feedback (the archive's demo builds its entries from it). */
public interface SupervisionRecords {

    record FoundedFeedback(long id, long courtId, long memberId, FeedbackKind kind, LocalDate receivedOn, String content,
                           String verifiedBy, LocalDateTime verifiedAt) {
    }

    /** Founded praise and complaints about members of a court, oldest first. */
    List<FoundedFeedback> foundedAboutMembers(long courtId);
}
