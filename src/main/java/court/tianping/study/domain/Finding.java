package court.tianping.study.domain;

import court.tianping.core.DomainException;
import court.tianping.study.FindingState;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/** What a 督学 inspection found: followed up by the inspected organisation, then closed by the inspector. */
@Table("study_finding")
public class Finding {

    private Long courtId;
    private String text;
    private FindingState state;
    private String followUp;
    private LocalDateTime followedUpAt;
    private String followedUpBy;
    private LocalDateTime closedAt;
    private String closedBy;

    Finding() {
    }

    Finding(long courtId, String text) {
        this.courtId = courtId;
        this.text = text;
        this.state = FindingState.FOUND;
    }

    void followUp(String what, String by, LocalDateTime now) {
        if (state != FindingState.FOUND) {
            throw new DomainException("error.study.finding-not-open", "enum.FindingState." + state.name());
        }
        followUp = Texts.required(what, 1000, "label.study.follow-up");
        followedUpAt = now;
        followedUpBy = by;
        state = FindingState.FOLLOWED_UP;
    }

    void close(String by, LocalDateTime now) {
        if (state != FindingState.FOLLOWED_UP) {
            throw new DomainException("error.study.finding-not-followed-up", "enum.FindingState." + state.name());
        }
        closedAt = now;
        closedBy = by;
        state = FindingState.CLOSED;
    }

    public String text() { return text; }
    public FindingState state() { return state; }
    public String followUp() { return followUp; }
    public LocalDateTime followedUpAt() { return followedUpAt; }
    public String followedUpBy() { return followedUpBy; }
    public LocalDateTime closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
}
