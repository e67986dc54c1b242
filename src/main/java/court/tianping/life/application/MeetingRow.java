package court.tianping.life.application;

import court.tianping.life.MeetingState;
import court.tianping.life.MeetingType;

import java.time.LocalDateTime;

/** A meeting in a list: what, when, by whom, and how many came of how many expected. */
public record MeetingRow(long id, long courtId, MeetingType type, MeetingState state, String topic, String place,
                         LocalDateTime startsAt, LocalDateTime endsAt, long organizationId, String organizationName,
                         int expected, int invited, int attended) {
}
