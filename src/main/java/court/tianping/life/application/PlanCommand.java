package court.tianping.life.application;

import court.tianping.life.MeetingType;

import java.time.LocalDateTime;
import java.util.List;

/** A meeting to plan: what, when, where, hosted by which organisations, with whom invited. */
public record PlanCommand(MeetingType type, String topic, String agenda, String place, LocalDateTime startsAt,
                          LocalDateTime endsAt, List<Long> hostIds, List<Long> inviteeIds) {
}
