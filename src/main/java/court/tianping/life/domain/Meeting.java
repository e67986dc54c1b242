package court.tianping.life.domain;

import court.tianping.core.DomainException;
import court.tianping.life.AttendanceStatus;
import court.tianping.life.LifeEvent;
import court.tianping.life.MeetingCancelled;
import court.tianping.life.MeetingHeld;
import court.tianping.life.MeetingPlanned;
import court.tianping.life.MeetingState;
import court.tianping.life.MeetingType;
import court.tianping.life.ResolutionAdopted;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting of organisational life. Planned by its hosting organisations with the roster of their members
 * (and, for open and joint meetings, people invited); held, with the attendance of exactly those people,
 * the minutes and then the resolutions; or cancelled with a reason. Each transition checks the state and
 * raises one event.
 */
@Table("meeting")
public class Meeting extends AbstractAggregateRoot<Meeting> {

    public static final int MAX_TOPIC = 200;
    public static final int MAX_AGENDA = 2000;
    public static final int MAX_PLACE = 200;
    public static final int MAX_MINUTES = 20000;
    public static final int MAX_REASON = 200;
    public static final int MAX_RESOLUTION = 2000;
    private static final Duration LONGEST = Duration.ofHours(12);

    @Id
    private Long id;
    private Long courtId;
    private MeetingType type;
    private MeetingState state;
    private String topic;
    private String agenda;
    private String place;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Long organizationId;
    private String organizationPath;
    private String minutes;
    private String cancelReason;
    private String plannedBy;
    private LocalDateTime plannedAt;
    private String recordedBy;
    private LocalDateTime recordedAt;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "meeting")
    private Set<MeetingHost> hosts = new java.util.HashSet<>();
    @MappedCollection(idColumn = "meeting")
    private Set<Attendee> attendees = new java.util.HashSet<>();
    @MappedCollection(idColumn = "meeting")
    private Set<Resolution> resolutions = new java.util.HashSet<>();

    Meeting() {
    }

    /**
     * Plans a meeting. The hosts must suit the type (one host, two or more for joint life); the roster is the
     * members of the hosts; invitees are taken only by open Party-group meetings and joint life, and someone
     * already on the roster is not invited twice.
     */
    public static Meeting plan(MeetingPlan plan, List<Unit> hostUnits, Collection<Person> roster,
                               Collection<Person> invitees, String actor, LocalDateTime now) {
        checkPlan(plan);
        checkHosts(plan.type(), hostUnits);
        if (!invitees.isEmpty() && !plan.type().takesInvitees()) {
            throw new DomainException("error.life.no-invitees");
        }
        Meeting meeting = new Meeting();
        Unit first = hostUnits.get(0);
        meeting.courtId = first.courtId();
        meeting.type = plan.type();
        meeting.state = MeetingState.PLANNED;
        meeting.topic = plan.topic().strip();
        meeting.agenda = blankToNull(plan.agenda());
        meeting.place = blankToNull(plan.place());
        meeting.startsAt = plan.startsAt();
        meeting.endsAt = plan.endsAt();
        meeting.organizationId = first.id();
        meeting.organizationPath = first.path();
        hostUnits.forEach(u -> meeting.hosts.add(new MeetingHost(u.id(), u.courtId(), u.path())));
        Map<Long, Attendee> people = new LinkedHashMap<>();
        roster.forEach(p -> people.putIfAbsent(p.id(), new Attendee(p.id(), p.courtId(), false, null, null)));
        invitees.forEach(p -> people.putIfAbsent(p.id(), new Attendee(p.id(), p.courtId(), true, null, null)));
        if (people.isEmpty()) {
            throw new DomainException("error.life.nobody-to-attend");
        }
        meeting.attendees.addAll(people.values());
        meeting.plannedBy = actor;
        meeting.plannedAt = now;
        meeting.updatedAt = now;
        List<Long> hostIds = meeting.hostIds();
        int expected = (int) meeting.attendees.stream().filter(a -> !a.invited()).count();
        int invited = meeting.attendees.size() - expected;
        Map<String, Object> after = facts("type", plan.type(), "topic", meeting.topic, "startsAt", plan.startsAt(),
                "endsAt", plan.endsAt(), "hosts", hostIds, "invited", invited);
        LocalDateTime starts = meeting.startsAt;
        MeetingType type = meeting.type;
        long court = meeting.courtId;
        meeting.raise(id -> new MeetingPlanned(id, court, actor, now, type, hostIds, starts, expected, invited, after));
        return meeting;
    }

    /** Records the meeting as held: the attendance of every person on the roster or invited, and the minutes. */
    public void hold(List<AttendanceEntry> attendance, String minutesText, String actor, LocalDateTime now) {
        requireState(MeetingState.PLANNED, "error.life.cannot-hold");
        if (now.isBefore(startsAt)) {
            throw new DomainException("error.life.not-started", startsAt.toLocalDate());
        }
        String cleanMinutes = minutesText == null ? "" : minutesText.strip();
        if (cleanMinutes.isEmpty()) {
            throw new DomainException("error.life.minutes-required");
        }
        if (cleanMinutes.length() > MAX_MINUTES) {
            throw new DomainException("error.life.too-long", MAX_MINUTES);
        }
        Map<Long, Attendee> byMember = attendees.stream().collect(Collectors.toMap(Attendee::memberId, a -> a));
        Map<Long, Attendee> recorded = new HashMap<>();
        for (AttendanceEntry entry : attendance) {
            Attendee attendee = byMember.get(entry.memberId());
            if (attendee == null) {
                throw new DomainException("error.life.not-an-attendee", entry.memberId());
            }
            if (entry.status() == null) {
                throw new DomainException("error.life.attendance-missing", entry.memberId());
            }
            String reason = blankToNull(entry.reason());
            if (entry.status() == AttendanceStatus.ABSENT && reason == null) {
                throw new DomainException("error.life.absence-reason", entry.memberId());
            }
            if (reason != null && reason.length() > MAX_REASON) {
                throw new DomainException("error.life.too-long", MAX_REASON);
            }
            recorded.put(entry.memberId(), attendee.recorded(entry.status(), entry.status() == AttendanceStatus.ABSENT ? reason : null));
        }
        Optional<Attendee> missing = attendees.stream().filter(a -> !recorded.containsKey(a.memberId())).findFirst();
        if (missing.isPresent()) {
            throw new DomainException("error.life.attendance-missing", missing.get().memberId());
        }
        attendees.clear();
        attendees.addAll(recorded.values());
        minutes = cleanMinutes;
        state = MeetingState.HELD;
        recordedBy = actor;
        recordedAt = now;
        updatedAt = now;
        List<Long> attended = attendees.stream().filter(a -> a.status().attended()).map(Attendee::memberId).sorted().toList();
        int absent = attendees.size() - attended.size();
        Map<String, Object> after = facts("state", state, "attended", attended.size(), "absent", absent,
                "late", attendees.stream().filter(a -> a.status() == AttendanceStatus.LATE).count());
        List<Long> hostIds = hostIds();
        raise(id -> new MeetingHeld(id, courtId, actor, now, type, hostIds, startsAt, attended, absent, after));
    }

    public void cancel(String reason, String actor, LocalDateTime now) {
        requireState(MeetingState.PLANNED, "error.life.cannot-cancel");
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new DomainException("error.life.cancel-reason");
        }
        if (clean.length() > 500) {
            throw new DomainException("error.life.too-long", 500);
        }
        state = MeetingState.CANCELLED;
        cancelReason = clean;
        updatedAt = now;
        Map<String, Object> after = facts("state", state, "reason", clean);
        raise(id -> new MeetingCancelled(id, courtId, actor, now, clean, after));
    }

    /** A resolution of the held meeting; numbered in order of adoption. */
    public int adopt(String text, boolean toPublish, String actor, LocalDateTime now) {
        requireState(MeetingState.HELD, "error.life.cannot-adopt");
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new DomainException("error.life.resolution-required");
        }
        if (clean.length() > MAX_RESOLUTION) {
            throw new DomainException("error.life.too-long", MAX_RESOLUTION);
        }
        int number = resolutions.stream().mapToInt(Resolution::number).max().orElse(0) + 1;
        resolutions.add(new Resolution(number, courtId, clean, toPublish, null));
        updatedAt = now;
        Map<String, Object> after = facts("resolution", number, "toPublish", toPublish);
        raise(id -> new ResolutionAdopted(id, courtId, actor, now, number, toPublish, after));
        return number;
    }

    /** Marks a resolution as published, once; the publication itself raises the event. */
    public Resolution markPublished(int number, long publicationId) {
        Resolution resolution = publishable(number);
        resolutions.remove(resolution);
        resolutions.add(resolution.publishedAs(publicationId));
        return resolution;
    }

    /** The resolution, if it is marked for publication and not yet published. */
    public Resolution publishable(int number) {
        Resolution resolution = resolution(number);
        if (!resolution.toPublish()) {
            throw new DomainException("error.life.not-for-publication");
        }
        if (resolution.published()) {
            throw new DomainException("error.life.already-published");
        }
        return resolution;
    }

    public Resolution resolution(int number) {
        return resolutions.stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new DomainException("error.life.unknown-resolution", number));
    }

    private void requireState(MeetingState required, String refusal) {
        if (state != required) {
            throw new DomainException(refusal);
        }
    }

    private static void checkPlan(MeetingPlan plan) {
        if (plan.type() == null) {
            throw new DomainException("error.life.type-required");
        }
        String topic = plan.topic() == null ? "" : plan.topic().strip();
        if (topic.isEmpty()) {
            throw new DomainException("error.life.topic-required");
        }
        if (topic.length() > MAX_TOPIC || length(plan.place()) > MAX_PLACE || length(plan.agenda()) > MAX_AGENDA) {
            throw new DomainException("error.life.too-long", topic.length() > MAX_TOPIC ? MAX_TOPIC
                    : length(plan.place()) > MAX_PLACE ? MAX_PLACE : MAX_AGENDA);
        }
        if (plan.startsAt() == null || plan.endsAt() == null) {
            throw new DomainException("error.life.time-required");
        }
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw new DomainException("error.life.ends-before-starts");
        }
        if (Duration.between(plan.startsAt(), plan.endsAt()).compareTo(LONGEST) > 0) {
            throw new DomainException("error.life.too-long-meeting", LONGEST.toHours());
        }
    }

    private static void checkHosts(MeetingType type, List<Unit> hostUnits) {
        if (hostUnits.isEmpty()) {
            throw new DomainException("error.life.host-required");
        }
        if (type.jointlyHosted() ? hostUnits.size() < 2 : hostUnits.size() > 1) {
            throw new DomainException(type.jointlyHosted() ? "error.life.joint-needs-two" : "error.life.one-host");
        }
        for (Unit unit : hostUnits) {
            if (!type.hostTypes().contains(unit.type())) {
                throw new DomainException("error.life.host-type", unit.name());
            }
            if (unit.courtId() != hostUnits.get(0).courtId()) {
                throw new DomainException("error.life.hosts-one-court");
            }
        }
        if (hostUnits.stream().map(Unit::id).distinct().count() != hostUnits.size()) {
            throw new DomainException("error.life.joint-needs-two");
        }
    }

    private void raise(Function<Long, LifeEvent> event) {
        registerEvent(id == null ? new AwaitingId(event) : event.apply(id));
    }

    private record AwaitingId(Function<Long, LifeEvent> event) {
    }

    @Override
    protected Collection<Object> domainEvents() {
        return super.domainEvents().stream().map(e -> e instanceof AwaitingId awaiting ? awaiting.event().apply(id) : e).toList();
    }

    /** For records taken in as history (the demo): what happened long ago raises no events. */
    public void forgetEvents() {
        clearDomainEvents();
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? null : pairs[i + 1] instanceof Enum<?> e ? e.name() : pairs[i + 1]);
        }
        return map;
    }

    public List<Long> hostIds() {
        return hosts.stream().map(MeetingHost::organizationId).sorted().toList();
    }

    public boolean isHostedWithin(String path) {
        return hosts.stream().anyMatch(h -> h.organizationPath().startsWith(path));
    }

    public List<Attendee> attendees() {
        return attendees.stream().sorted(Comparator.comparing(Attendee::invited).thenComparing(Attendee::memberId)).toList();
    }

    public List<Resolution> resolutions() {
        return resolutions.stream().sorted(Comparator.comparingInt(Resolution::number)).toList();
    }

    public List<MeetingHost> hosts() {
        return new ArrayList<>(hosts);
    }

    public Long id() { return id; }
    public long courtId() { return courtId; }
    public MeetingType type() { return type; }
    public MeetingState state() { return state; }
    public String topic() { return topic; }
    public String agenda() { return agenda; }
    public String place() { return place; }
    public LocalDateTime startsAt() { return startsAt; }
    public LocalDateTime endsAt() { return endsAt; }
    public long organizationId() { return organizationId; }
    public String organizationPath() { return organizationPath; }
    public String minutes() { return minutes; }
    public String cancelReason() { return cancelReason; }
    public String plannedBy() { return plannedBy; }
    public String recordedBy() { return recordedBy; }
    public LocalDateTime recordedAt() { return recordedAt; }
    public int version() { return version == null ? 0 : version; }
}
