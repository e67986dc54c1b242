package court.tianping.life.domain;

import court.tianping.life.AttendanceStatus;

/** How one person took part, as recorded when the meeting is held. */
public record AttendanceEntry(long memberId, AttendanceStatus status, String reason) {
}
