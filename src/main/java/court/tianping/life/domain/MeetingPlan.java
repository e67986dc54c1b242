package court.tianping.life.domain;

import court.tianping.life.MeetingType;

import java.time.LocalDateTime;

/** What a meeting is to be: its type, topic, agenda, place and time. */
public record MeetingPlan(MeetingType type, String topic, String agenda, String place, LocalDateTime startsAt,
                          LocalDateTime endsAt) {
}
