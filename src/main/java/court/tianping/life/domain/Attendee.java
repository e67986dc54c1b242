package court.tianping.life.domain;

import court.tianping.life.AttendanceStatus;
import org.springframework.data.relational.core.mapping.Table;

/** A person on the roster of a meeting (a member of a host) or invited to it, and how they took part once it was held. */
@Table("meeting_attendee")
public record Attendee(long memberId, long courtId, boolean invited, AttendanceStatus status, String reason) {

    Attendee recorded(AttendanceStatus newStatus, String newReason) {
        return new Attendee(memberId, courtId, invited, newStatus, newReason);
    }
}
