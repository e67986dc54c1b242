package court.tianping.life.application;

import court.tianping.core.DomainException;
import court.tianping.core.Scope;
import court.tianping.life.AttendanceStatus;
import court.tianping.life.domain.AttendanceEntry;
import court.tianping.life.domain.Meeting;
import court.tianping.life.domain.MeetingPlan;
import court.tianping.life.domain.MeetingRepository;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.platform.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Planning, holding, cancelling meetings and adopting resolutions, by those entitled within their scope.
 * Each call on an existing meeting names the version the user saw: a change made meanwhile is never overwritten.
 */
@Service
public class MeetingPlanning {

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final OrganizationDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MeetingPlanning(MeetingRepository meetings, MeetingAccess access, OrganizationDirectory directory,
                    CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('life:meeting')")
    @Transactional
    public long plan(PlanCommand command) {
        List<Long> hostIds = command.hostIds() == null ? List.of()
                : command.hostIds().stream().filter(Objects::nonNull).distinct().toList();
        List<Unit> hosts = new ArrayList<>();
        for (Long hostId : hostIds) {
            hosts.add(directory.unit(hostId).orElseThrow(() -> new DomainException("error.life.unknown-organization")));
        }
        Scope scope = currentUser.scope();
        if (!hosts.isEmpty() && !scope.covers(hosts.get(0).courtId(), hosts.get(0).path())) {
            throw new DomainException("error.life.host-outside-scope", hosts.get(0).name());
        }
        Set<Person> roster = new LinkedHashSet<>();
        if (command.type() != null) {
            for (Unit host : hosts) {
                if (!command.type().rosterIsOwnMembers()) {
                    roster.addAll(directory.members(host.id()));
                }
                roster.addAll(directory.ownMembers(host.id()));
            }
        }
        List<Person> invitees = new ArrayList<>();
        for (Long id : command.inviteeIds() == null ? List.<Long>of() : command.inviteeIds()) {
            Person person = directory.member(id).orElseThrow(() -> new DomainException("error.life.unknown-member"));
            if (!hosts.isEmpty() && person.courtId() != hosts.get(0).courtId()) {
                throw new DomainException("error.life.invitee-other-court", person.name());
            }
            invitees.add(person);
        }
        MeetingPlan plan = new MeetingPlan(command.type(), command.topic(), command.agenda(), command.place(),
                command.startsAt(), command.endsAt());
        Meeting meeting = Meeting.plan(plan, hosts, roster, invitees, currentUser.actor(), now());
        return meetings.save(meeting).id();
    }

    /** Records the meeting as held. Someone neither on the roster nor invited is refused by name. */
    @PreAuthorize("hasAuthority('life:meeting')")
    @Transactional
    public void hold(long id, int version, List<AttendanceEntry> attendance, String minutes) {
        change(id, version, m -> {
            Set<Long> expected = new java.util.HashSet<>();
            m.attendees().forEach(a -> expected.add(a.memberId()));
            List<Long> strangers = attendance.stream().map(AttendanceEntry::memberId).filter(x -> !expected.contains(x)).toList();
            if (!strangers.isEmpty()) {
                Map<Long, String> names = directory.memberNames(strangers);
                throw new DomainException("error.life.not-an-attendee", names.getOrDefault(strangers.get(0), "#" + strangers.get(0)));
            }
            Set<Long> recorded = new java.util.HashSet<>();
            attendance.forEach(a -> recorded.add(a.memberId()));
            expected.stream().filter(x -> !recorded.contains(x)).findFirst().ifPresent(x -> {
                throw new DomainException("error.life.attendance-missing", directory.memberNames(List.of(x)).get(x));
            });
            attendance.stream().filter(a -> a.status() == null || (a.status() == AttendanceStatus.ABSENT
                    && (a.reason() == null || a.reason().isBlank()))).findFirst().ifPresent(a -> {
                String name = directory.memberNames(List.of(a.memberId())).get(a.memberId());
                throw new DomainException(a.status() == null ? "error.life.attendance-missing" : "error.life.absence-reason", name);
            });
            m.hold(attendance, minutes, currentUser.actor(), now());
        });
    }

    @PreAuthorize("hasAuthority('life:meeting')")
    @Transactional
    public void cancel(long id, int version, String reason) {
        change(id, version, m -> m.cancel(reason, currentUser.actor(), now()));
    }

    @PreAuthorize("hasAuthority('life:meeting')")
    @Transactional
    public int adopt(long id, int version, String text, boolean toPublish) {
        int[] number = new int[1];
        change(id, version, m -> number[0] = m.adopt(text, toPublish, currentUser.actor(), now()));
        return number[0];
    }

    private void change(long id, int version, Consumer<Meeting> step) {
        Meeting meeting = access.managed(id);
        if (meeting.version() != version) {
            throw new OptimisticLockingFailureException("meeting " + id + " changed meanwhile");
        }
        step.accept(meeting);
        meetings.save(meeting);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
