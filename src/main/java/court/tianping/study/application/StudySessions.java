package court.tianping.study.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.study.StudyKind;
import court.tianping.study.domain.Attendee;
import court.tianping.study.domain.Host;
import court.tianping.study.domain.LectureSeries;
import court.tianping.study.domain.LectureSeriesRepository;
import court.tianping.study.domain.SessionPlan;
import court.tianping.study.domain.StudySession;
import court.tianping.study.domain.StudySessionRepository;
import court.tianping.study.domain.YouthStudyGroup;
import court.tianping.study.domain.YouthStudyGroupRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Study sessions planned, held with their attendance, or cancelled, by those entitled and within their scope. */
@Service
public class StudySessions {

    private final StudySessionRepository sessions;
    private final YouthStudyGroupRepository groups;
    private final LectureSeriesRepository series;
    private final StudyPeople people;
    private final StudyAccess access;
    private final Clock clock;

    StudySessions(StudySessionRepository sessions, YouthStudyGroupRepository groups, LectureSeriesRepository series,
                  StudyPeople people, StudyAccess access, Clock clock) {
        this.sessions = sessions;
        this.groups = groups;
        this.series = series;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('study:record')")
    @Transactional
    public long plan(SessionPlan plan, Long organizationId) {
        Host host = hostOf(plan, organizationId);
        access.requireCovers(host.courtId(), host.path(), "label.study.organization", host.organizationId());
        if (plan.leaderMemberId() != null) {
            people.attendee(plan.leaderMemberId(), host.courtId());
        }
        return sessions.save(StudySession.plan(plan, host, access.actor(), now())).id();
    }

    /** Plans a session that has already taken place and records it as held, in one step. */
    @PreAuthorize("hasAuthority('study:record')")
    @Transactional
    public long record(SessionPlan plan, Long organizationId, List<Long> attendees, String summary) {
        long id = plan(plan, organizationId);
        StudySession session = sessions.findById(id).orElseThrow();
        hold(id, session.version(), attendees, summary);
        return id;
    }

    @PreAuthorize("hasAuthority('study:record')")
    @Transactional
    public void hold(long id, int version, List<Long> memberIds, String summary) {
        change(id, version, session -> session.hold(attendees(session, memberIds), summary, access.actor(), now()));
    }

    @PreAuthorize("hasAuthority('study:record')")
    @Transactional
    public void cancel(long id, int version, String reason) {
        change(id, version, session -> session.cancel(reason, access.actor(), now()));
    }

    /** The session, if the user may see it: within their scope, or one they attended. */
    public StudySession visible(long id) {
        return sessions.findById(id).filter(this::canSee).orElseThrow(() -> new NotFoundException("label.study.session", id));
    }

    /** Who may be recorded as attending: the youth group's members, or the members of the hosting organisation. */
    public List<Person> eligible(StudySession session) {
        if (session.youthGroupId() != null) {
            YouthStudyGroup group = groups.findById(session.youthGroupId()).orElseThrow();
            return group.members().stream().map(m -> people.person(m.memberId())).flatMap(java.util.Optional::stream)
                    .sorted(java.util.Comparator.comparing(Person::name)).toList();
        }
        return people.membersOf(session.organizationId());
    }

    private boolean canSee(StudySession session) {
        return access.covers(session.courtId(), session.organizationPath())
                || (access.memberId() != null && session.attendance().stream().anyMatch(a -> a.memberId().equals(access.memberId())));
    }

    private List<Attendee> attendees(StudySession session, List<Long> memberIds) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw new DomainException("error.study.attendance-required");
        }
        YouthStudyGroup group = session.youthGroupId() == null ? null : groups.findById(session.youthGroupId()).orElseThrow();
        return new LinkedHashSet<>(memberIds).stream().map(memberId -> {
            Attendee attendee = people.attendee(memberId, session.courtId());
            boolean eligible = group != null ? group.hasMember(memberId)
                    : attendee.memberPath().startsWith(session.organizationPath());
            if (!eligible) {
                String name = people.memberNames(List.of(memberId)).getOrDefault(memberId, "");
                throw new DomainException("error.study.not-of-organization", name);
            }
            return attendee;
        }).toList();
    }

    private Host hostOf(SessionPlan plan, Long organizationId) {
        if (plan.kind() == StudyKind.YOUTH_STUDY && plan.youthGroupId() != null) {
            YouthStudyGroup group = groups.findById(plan.youthGroupId())
                    .orElseThrow(() -> new DomainException("error.study.youth-group-required"));
            return people.host(group.organizationId());
        }
        if (plan.kind() == StudyKind.LECTURE && plan.seriesId() != null) {
            LectureSeries lectures = series.findById(plan.seriesId())
                    .orElseThrow(() -> new DomainException("error.study.series-required"));
            return people.host(lectures.organizationId());
        }
        return people.host(organizationId);
    }

    private void change(long id, int version, Consumer<StudySession> transition) {
        StudySession session = sessions.findById(id)
                .filter(s -> access.covers(s.courtId(), s.organizationPath()))
                .orElseThrow(() -> new NotFoundException("label.study.session", id));
        if (!Objects.equals(session.version(), version)) {
            throw new OptimisticLockingFailureException("study session " + id + " changed meanwhile");
        }
        transition.accept(session);
        sessions.save(session);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
