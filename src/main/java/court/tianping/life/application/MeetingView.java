package court.tianping.life.application;

import court.tianping.life.AttendanceStatus;
import court.tianping.life.domain.Meeting;
import court.tianping.life.domain.Resolution;

import java.util.List;

/** A meeting with the names of its hosts and people, its files, and what the user may do with it. */
public record MeetingView(Meeting meeting, List<String> hostNames, List<Person> people, List<MeetingFiles.FileRow> files,
                          List<Resolution> resolutions, boolean canManage, boolean canPublish) {

    /** Someone on the roster or invited, with how they took part once the meeting was held. */
    public record Person(long memberId, String name, boolean invited, AttendanceStatus status, String reason) {
    }

    public long attendedCount() {
        return people.stream().filter(p -> p.status() != null && p.status().attended()).count();
    }
}
