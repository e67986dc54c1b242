package court.tianping.supervision.domain;

import court.tianping.core.DomainException;
import court.tianping.core.EventRaisingAggregate;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackReceived;
import court.tianping.supervision.FeedbackSource;
import court.tianping.supervision.FeedbackState;
import court.tianping.supervision.FeedbackVerified;
import court.tianping.supervision.SupervisionEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/**
 * Feedback from the public about a member or a branch: received, then verified once by the discipline office as
 * founded or unfounded, with a note. A filing rating carries a score from 1 to 5.
 */
@Table("feedback")
public class Feedback extends EventRaisingAggregate<Feedback, SupervisionEvent> {

    static final int MAX_CONTENT = 2000;

    @Id
    private Long id;
    private Long courtId;
    private FeedbackSource source;
    private FeedbackKind kind;
    private FeedbackState state;
    private Long memberId;
    private Long organizationId;
    private String organizationPath;
    private Long branchId;
    private String content;
    private Integer rating;
    private String giverName;
    private String giverPhone;
    private String externalRef;
    private LocalDateTime receivedAt;
    private String recordedBy;
    private LocalDateTime verifiedAt;
    private String verifiedBy;
    private String verificationNote;
    @Version
    private Integer version;

    Feedback() {
    }

    public static Feedback receive(Subject subject, FeedbackDetails details, String by, LocalDateTime now) {
        if (subject == null) {
            throw new DomainException("error.supervision.subject-required");
        }
        if (details.source() == null) {
            throw new DomainException("error.supervision.source-required");
        }
        if (details.kind() == null) {
            throw new DomainException("error.supervision.kind-required");
        }
        Integer rating = details.rating();
        if (details.source() == FeedbackSource.FILING_RATING && rating == null) {
            throw new DomainException("error.supervision.rating-required");
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new DomainException("error.supervision.rating-range");
        }
        LocalDateTime receivedAt = details.receivedAt() == null ? now : details.receivedAt();
        if (receivedAt.isAfter(now.plusMinutes(5))) {
            throw new DomainException("error.supervision.future");
        }
        Feedback feedback = new Feedback();
        feedback.courtId = subject.courtId();
        feedback.memberId = subject.memberId();
        feedback.organizationId = subject.organizationId();
        feedback.organizationPath = subject.organizationPath();
        feedback.branchId = subject.branchId();
        feedback.source = details.source();
        feedback.kind = details.kind();
        feedback.content = Texts.required(details.content(), MAX_CONTENT, "label.supervision.content");
        feedback.rating = rating;
        feedback.giverName = Texts.optional(details.giverName(), 60, "label.supervision.giver-name");
        feedback.giverPhone = Texts.phone(details.giverPhone());
        feedback.externalRef = Texts.optional(details.externalRef(), 64, "label.supervision.external-ref");
        feedback.receivedAt = receivedAt;
        feedback.recordedBy = by;
        feedback.state = FeedbackState.RECEIVED;
        feedback.raise(id -> new FeedbackReceived(id, subject.courtId(), by, now, feedback.source, feedback.kind,
                subject.memberId(), subject.organizationId(), facts("state", FeedbackState.RECEIVED, "source", feedback.source,
                        "kind", feedback.kind, "memberId", subject.memberId(), "organizationId", subject.organizationId(),
                        "rating", rating)));
        return feedback;
    }

    /**
     * 核实: only the discipline office, only once, always with a note saying what was found.
     *
     * @param disciplineOffice whether the verifier works in the discipline office (纪检监察)
     */
    /** Feedback is verified once, while it is still as received. */
    public boolean verifiable() {
        return state == FeedbackState.RECEIVED;
    }

    public void verify(boolean founded, String note, boolean disciplineOffice, String by, LocalDateTime now) {
        if (!disciplineOffice) {
            throw new DomainException("error.supervision.discipline-only");
        }
        if (!verifiable()) {
            throw new DomainException("error.supervision.already-verified", "enum.FeedbackState." + state.name());
        }
        String text = Texts.required(note, 1000, "label.supervision.note");
        state = founded ? FeedbackState.FOUNDED : FeedbackState.UNFOUNDED;
        verificationNote = text;
        verifiedBy = by;
        verifiedAt = now;
        raise(id -> new FeedbackVerified(id, courtId, by, now, source, kind, founded, memberId, organizationId,
                receivedAt.toLocalDate(), content, text, facts("state", state, "note", text)));
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public FeedbackSource source() { return source; }
    public FeedbackKind kind() { return kind; }
    public FeedbackState state() { return state; }
    public Long memberId() { return memberId; }
    public Long organizationId() { return organizationId; }
    public String organizationPath() { return organizationPath; }
    public Long branchId() { return branchId; }
    public String content() { return content; }
    public Integer rating() { return rating; }
    public String giverName() { return giverName; }
    public String giverPhone() { return giverPhone; }
    public String externalRef() { return externalRef; }
    public LocalDateTime receivedAt() { return receivedAt; }
    public String recordedBy() { return recordedBy; }
    public LocalDateTime verifiedAt() { return verifiedAt; }
    public String verifiedBy() { return verifiedBy; }
    public String verificationNote() { return verificationNote; }
    public Integer version() { return version; }
}
