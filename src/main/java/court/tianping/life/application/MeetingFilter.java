package court.tianping.life.application;

import court.tianping.life.MeetingState;
import court.tianping.life.MeetingType;

import java.time.LocalDate;

/** The filters of the meeting list; any may be empty. */
public record MeetingFilter(MeetingType type, MeetingState state, Long organizationId, LocalDate from, LocalDate to,
                            String q) {

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null, null, null);
    }
}
