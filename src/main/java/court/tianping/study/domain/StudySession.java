package court.tianping.study.domain;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationType;
import court.tianping.study.SessionState;
import court.tianping.study.StudyKind;
import court.tianping.study.StudySessionCancelled;
import court.tianping.study.StudySessionHeld;
import court.tianping.study.StudySessionPlanned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A study session (领学, 共学, a youth group's study, a lecture of a series): planned, then held with its
 * attendance, or cancelled with a reason. Each attendee is credited with the session's length.
 */
@Table("study_session")
public class StudySession extends Recorded<StudySession> {

    public static final int MAX_MINUTES = 12 * 60;

    @Id
    private Long id;
    private Long courtId;
    private Long organizationId;
    private String organizationPath;
    private StudyKind kind;
    private SessionState state;
    private String title;
    private String place;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private int minutes;
    private Long leaderMemberId;
    private Long seriesId;
    private Long youthGroupId;
    private String summary;
    private String cancelReason;
    private String recordedBy;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "study_session")
    private Set<Attendance> attendance = new HashSet<>();

    StudySession() {
    }

    /** Plans a session hosted by an organisation: 领学 by a leader at the Party group, the others where they are held. */
    public static StudySession plan(SessionPlan plan, Host host, String by, LocalDateTime now) {
        if (plan.kind() == null) {
            throw new DomainException("error.study.kind-required");
        }
        StudySession session = new StudySession();
        session.title = Texts.required(plan.title(), 200, "label.study.title");
        session.place = Texts.optional(plan.place(), 100, "label.study.place");
        session.minutes = minutesBetween(plan.startsAt(), plan.endsAt());
        if (plan.kind() == StudyKind.LED_STUDY) {
            if (host.type() != OrganizationType.LEADERSHIP_GROUP) {
                throw new DomainException("error.study.led-study-at-leadership-group");
            }
            if (plan.leaderMemberId() == null) {
                throw new DomainException("error.study.leader-required");
            }
        }
        if (plan.kind() == StudyKind.LECTURE && plan.seriesId() == null) {
            throw new DomainException("error.study.series-required");
        }
        if (plan.kind() == StudyKind.YOUTH_STUDY && plan.youthGroupId() == null) {
            throw new DomainException("error.study.youth-group-required");
        }
        session.kind = plan.kind();
        session.courtId = host.courtId();
        session.organizationId = host.organizationId();
        session.organizationPath = host.path();
        session.startsAt = plan.startsAt();
        session.endsAt = plan.endsAt();
        session.leaderMemberId = plan.leaderMemberId();
        session.seriesId = plan.kind() == StudyKind.LECTURE ? plan.seriesId() : null;
        session.youthGroupId = plan.kind() == StudyKind.YOUTH_STUDY ? plan.youthGroupId() : null;
        session.state = SessionState.PLANNED;
        session.recordedBy = by;
        session.updatedAt = now;
        long court = host.courtId();
        StudyKind kind = session.kind;
        var after = facts("kind", kind, "title", session.title, "startsAt", session.startsAt, "state", session.state);
        session.raise(id -> new StudySessionPlanned(id, court, by, now, kind, host.organizationId(), after));
        return session;
    }

    static int minutesBetween(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            throw new DomainException("error.study.times-required");
        }
        if (!end.isAfter(start)) {
            throw new DomainException("error.study.ends-before-start");
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes > MAX_MINUTES) {
            throw new DomainException("error.study.session-too-long", MAX_MINUTES / 60);
        }
        return (int) minutes;
    }

    /** Held, with who attended: only once, not before it began, and with at least one attendee. */
    public void hold(List<Attendee> attendees, String summaryText, String by, LocalDateTime now) {
        if (state != SessionState.PLANNED) {
            throw new DomainException("error.study.session-not-planned", "enum.SessionState." + state.name());
        }
        if (now.isBefore(startsAt)) {
            throw new DomainException("error.study.session-not-begun");
        }
        if (attendees == null || attendees.isEmpty()) {
            throw new DomainException("error.study.attendance-required");
        }
        String text = Texts.optional(summaryText, 2000, "label.study.summary");
        summary = text;
        attendees.forEach(a -> attendance.add(new Attendance(a)));
        state = SessionState.HELD;
        updatedAt = now;
        List<Long> ids = attendees.stream().map(Attendee::memberId).sorted().toList();
        raise(id -> new StudySessionHeld(id, courtId, by, now, kind, organizationId, minutes, ids,
                facts("state", state, "minutes", minutes, "attendees", ids.size())));
    }

    public void cancel(String reason, String by, LocalDateTime now) {
        if (state != SessionState.PLANNED) {
            throw new DomainException("error.study.session-not-planned", "enum.SessionState." + state.name());
        }
        cancelReason = Texts.required(reason, 500, "label.study.reason");
        state = SessionState.CANCELLED;
        updatedAt = now;
        String why = cancelReason;
        raise(id -> new StudySessionCancelled(id, courtId, by, now, why, facts("state", state, "reason", why)));
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long organizationId() { return organizationId; }
    public String organizationPath() { return organizationPath; }
    public StudyKind kind() { return kind; }
    public SessionState state() { return state; }
    public String title() { return title; }
    public String place() { return place; }
    public LocalDateTime startsAt() { return startsAt; }
    public LocalDateTime endsAt() { return endsAt; }
    public int minutes() { return minutes; }
    public Long leaderMemberId() { return leaderMemberId; }
    public Long seriesId() { return seriesId; }
    public Long youthGroupId() { return youthGroupId; }
    public String summary() { return summary; }
    public String cancelReason() { return cancelReason; }
    public Integer version() { return version; }
    public Set<Attendance> attendance() { return Set.copyOf(attendance); }
}
