package court.tianping.life.web;

import court.tianping.life.MeetingType;
import court.tianping.life.application.PlanCommand;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.List;

/** The fields of the planning form, as typed; the meeting checks them. */
public record MeetingForm(MeetingType type, String topic, String agenda, String place,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
                   List<Long> hosts, List<Long> invitees) {

    static MeetingForm empty() {
        return new MeetingForm(null, null, null, null, null, null, List.of(), List.of());
    }

    PlanCommand command() {
        return new PlanCommand(type, topic, agenda, place, startsAt, endsAt, hosts == null ? List.of() : hosts,
                invitees == null ? List.of() : invitees);
    }
}
