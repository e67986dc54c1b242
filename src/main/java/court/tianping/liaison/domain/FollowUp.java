package court.tianping.liaison.domain;

import court.tianping.core.DomainException;
import court.tianping.liaison.FollowUpState;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** Something a visit left to do: open until it is done. */
@Table("liaison_follow_up")
public class FollowUp {

    private Long courtId;
    private String text;
    private FollowUpState state;
    private LocalDate doneOn;
    private String doneBy;

    FollowUp() {
    }

    FollowUp(long courtId, String text) {
        this.courtId = courtId;
        this.text = text;
        this.state = FollowUpState.OPEN;
    }

    void done(LocalDate on, String by) {
        if (state != FollowUpState.OPEN) {
            throw new DomainException("error.liaison.follow-up-done");
        }
        doneOn = on;
        doneBy = by;
        state = FollowUpState.DONE;
    }

    public String text() { return text; }
    public FollowUpState state() { return state; }
    public LocalDate doneOn() { return doneOn; }
    public String doneBy() { return doneBy; }
}
