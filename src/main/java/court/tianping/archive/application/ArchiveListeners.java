package court.tianping.archive.application;

import court.tianping.archive.EntryKind;
import court.tianping.archive.EntrySource;
import court.tianping.demand.DemandVisited;
import court.tianping.demand.Satisfaction;
import court.tianping.honour.HonourAwarded;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackVerified;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Founded praise becomes a merit entry and a founded complaint a flaw entry of the member it is about; a demand
 * whose requester was satisfied at the return visit becomes a merit entry of the member who handled it; an honour
 * becomes a merit entry of each member honoured (a collective honour belongs to the organisation, not to a member's
 * archive).
 */
@Component
public class ArchiveListeners {

    private static final int SUMMARY = 1000;

    private final ArchiveRecords records;

    ArchiveListeners(ArchiveRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(FeedbackVerified event) {
        if (!event.founded() || event.memberId() == null || event.kind() == FeedbackKind.SUGGESTION) {
            return;
        }
        EntryKind kind = event.kind() == FeedbackKind.PRAISE ? EntryKind.MERIT : EntryKind.FLAW;
        records.recordVerified(event.memberId(), kind, EntrySource.VERIFIED_FEEDBACK, event.receivedOn(),
                shortened(event.content()), "feedback:" + event.feedbackId(), event.actor(), event.at(),
                "feedback:" + event.feedbackId());
    }

    @ApplicationModuleListener
    void on(DemandVisited event) {
        if (event.satisfaction() != Satisfaction.SATISFIED || event.memberId() == null) {
            return;
        }
        records.recordVerified(event.memberId(), EntryKind.MERIT, EntrySource.DEMAND_PRAISED, event.at().toLocalDate(),
                "demand:" + event.demandId(), "demand:" + event.demandId(), event.actor(), event.at(),
                "demand:" + event.demandId());
    }

    @ApplicationModuleListener
    void on(HonourAwarded event) {
        String reference = honourReference(event.honourId());
        records.recordMerits(event.memberIds(), EntrySource.HONOUR, event.awardedOn(),
                honourSummary(event.title(), event.awardedBy()),
                event.documentNo() == null ? reference : event.documentNo(), event.actor(), event.at(), reference);
    }

    /** The archive's words for an honour, shared with the demo, which writes the same entries in bulk. */
    public static String honourSummary(String title, String awardedBy) {
        return shortened(title + "（" + awardedBy + "）");
    }

    /** Names the honour an entry came from; each member's entry adds ":" and the member's id. */
    public static String honourReference(long honourId) {
        return "honour:" + honourId;
    }

    private static String shortened(String text) {
        return text.length() <= SUMMARY ? text : text.substring(0, SUMMARY - 1) + "…";
    }
}
