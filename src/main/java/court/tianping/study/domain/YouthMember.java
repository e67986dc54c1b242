package court.tianping.study.domain;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A member of a youth theory-study group. */
@Table("youth_study_group_member")
public class YouthMember {

    private Long courtId;
    private Long memberId;
    private String memberPath;
    private LocalDate joinedOn;

    YouthMember() {
    }

    YouthMember(Attendee member, LocalDate joinedOn) {
        this.courtId = member.courtId();
        this.memberId = member.memberId();
        this.memberPath = member.memberPath();
        this.joinedOn = joinedOn;
    }

    public Long memberId() { return memberId; }
    public LocalDate joinedOn() { return joinedOn; }
}
