package court.tianping.study.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member who attended a held study session. */
@Table("study_attendance")
public class Attendance {

    private Long courtId;
    private Long memberId;
    private String memberPath;

    Attendance() {
    }

    Attendance(Attendee attendee) {
        this.courtId = attendee.courtId();
        this.memberId = attendee.memberId();
        this.memberPath = attendee.memberPath();
    }

    public Long memberId() {
        return memberId;
    }

    public String memberPath() {
        return memberPath;
    }
}
