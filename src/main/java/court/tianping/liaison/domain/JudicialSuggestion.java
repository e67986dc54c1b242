package court.tianping.liaison.domain;

import court.tianping.core.DomainException;
import court.tianping.liaison.JudicialSuggestionAdopted;
import court.tianping.liaison.JudicialSuggestionIssued;
import court.tianping.liaison.JudicialSuggestionNotAdopted;
import court.tianping.liaison.JudicialSuggestionReplied;
import court.tianping.liaison.SuggestionState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A judicial suggestion (司法建议) issued by a liaison judge to their unit: issued, replied by the unit (on or after
 * the issue day), then adopted or not adopted. It is overdue while no reply has come by the day it was due.
 */
@Table("judicial_suggestion")
public class JudicialSuggestion extends Recorded<JudicialSuggestion> {

    /** A unit has at most this long to reply. */
    public static final int MAX_REPLY_DAYS = 366;

    @Id
    private Long id;
    private Long courtId;
    private Long liaisonId;
    private Long unitId;
    private Long judgeMemberId;
    private String judgePath;
    private String subject;
    private LocalDate issuedOn;
    private LocalDate replyDue;
    private SuggestionState state;
    private LocalDate repliedOn;
    private String reply;
    private LocalDate decidedOn;
    private String recordedBy;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;

    JudicialSuggestion() {
    }

    public static JudicialSuggestion issue(Liaison liaison, String subject, LocalDate issuedOn, LocalDate replyDue,
                                           String by, LocalDateTime now) {
        Texts.past(issuedOn, now.toLocalDate(), "label.liaison.issued-on");
        Texts.day(replyDue, "label.liaison.reply-due");
        if (!replyDue.isAfter(issuedOn) || replyDue.isAfter(issuedOn.plusDays(MAX_REPLY_DAYS))) {
            throw new DomainException("error.liaison.reply-due", MAX_REPLY_DAYS);
        }
        liaison.requireCovers(issuedOn);
        JudicialSuggestion s = new JudicialSuggestion();
        s.courtId = liaison.courtId();
        s.liaisonId = liaison.id();
        s.unitId = liaison.unitId();
        s.judgeMemberId = liaison.judgeMemberId();
        s.judgePath = liaison.judgePath();
        s.subject = Texts.required(subject, 200, "label.liaison.subject");
        s.issuedOn = issuedOn;
        s.replyDue = replyDue;
        s.state = SuggestionState.ISSUED;
        s.recordedBy = by;
        s.updatedAt = now;
        long court = liaison.courtId();
        s.raise(id -> new JudicialSuggestionIssued(id, court, by, now, liaison.unitId(), liaison.judgeMemberId(),
                issuedOn, replyDue, facts("state", SuggestionState.ISSUED, "subject", s.subject, "issuedOn", issuedOn,
                        "replyDue", replyDue)));
        return s;
    }

    /** Records the unit's reply: once, on a day between the issue day and today. */
    public void reply(LocalDate on, String content, String by, LocalDateTime now) {
        if (state != SuggestionState.ISSUED) {
            throw new DomainException("error.liaison.already-replied", state);
        }
        Texts.past(on, now.toLocalDate(), "label.liaison.replied-on");
        if (on.isBefore(issuedOn)) {
            throw new DomainException("error.liaison.reply-before-issue", issuedOn);
        }
        reply = Texts.required(content, 2000, "label.liaison.reply");
        repliedOn = on;
        state = SuggestionState.REPLIED;
        updatedAt = now;
        boolean late = on.isAfter(replyDue);
        raise(id -> new JudicialSuggestionReplied(id, courtId, by, now, on, late,
                facts("state", state, "repliedOn", on, "late", late)));
    }

    /** Records whether the unit adopted the suggestion, once it has replied. */
    public void decide(boolean adopted, LocalDate on, String by, LocalDateTime now) {
        if (state != SuggestionState.REPLIED) {
            throw new DomainException(state == SuggestionState.ISSUED ? "error.liaison.not-replied" : "error.liaison.already-decided", state);
        }
        Texts.past(on, now.toLocalDate(), "label.liaison.decided-on");
        if (on.isBefore(repliedOn)) {
            throw new DomainException("error.liaison.decided-before-reply", repliedOn);
        }
        decidedOn = on;
        updatedAt = now;
        state = adopted ? SuggestionState.ADOPTED : SuggestionState.NOT_ADOPTED;
        raise(id -> adopted
                ? new JudicialSuggestionAdopted(id, courtId, by, now, on, facts("state", state, "decidedOn", on))
                : new JudicialSuggestionNotAdopted(id, courtId, by, now, on, facts("state", state, "decidedOn", on)));
    }

    /** No reply has come by the day it was due, or it came late. */
    public boolean overdue(LocalDate today) {
        return repliedOn == null ? today.isAfter(replyDue) : repliedOn.isAfter(replyDue);
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long liaisonId() { return liaisonId; }
    public Long unitId() { return unitId; }
    public Long judgeMemberId() { return judgeMemberId; }
    public String judgePath() { return judgePath; }
    public String subject() { return subject; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate replyDue() { return replyDue; }
    public SuggestionState state() { return state; }
    public LocalDate repliedOn() { return repliedOn; }
    public String reply() { return reply; }
    public LocalDate decidedOn() { return decidedOn; }
    public Integer version() { return version; }
}
