package court.tianping.study.domain;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A member enrolled in a training class, and when they completed it. */
@Table("training_enrolment")
public class Enrolment {

    private Long courtId;
    private Long memberId;
    private String memberPath;
    private LocalDate enrolledOn;
    private LocalDate completedOn;

    Enrolment() {
    }

    Enrolment(Attendee member, LocalDate enrolledOn) {
        this.courtId = member.courtId();
        this.memberId = member.memberId();
        this.memberPath = member.memberPath();
        this.enrolledOn = enrolledOn;
    }

    void complete(LocalDate on) {
        this.completedOn = on;
    }

    public Long memberId() { return memberId; }
    public LocalDate enrolledOn() { return enrolledOn; }
    public LocalDate completedOn() { return completedOn; }
    public boolean completed() { return completedOn != null; }
}
