package court.tianping.study.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.study.TrainingStage;
import court.tianping.study.domain.Attendee;
import court.tianping.study.domain.Host;
import court.tianping.study.domain.LectureSeries;
import court.tianping.study.domain.LectureSeriesRepository;
import court.tianping.study.domain.TrainingChain;
import court.tianping.study.domain.TrainingChainRepository;
import court.tianping.study.domain.TrainingClass;
import court.tianping.study.domain.TrainingClassRepository;
import court.tianping.study.domain.YouthStudyGroup;
import court.tianping.study.domain.YouthStudyGroupRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Party-affairs office arranges: rotation training classes with enrolment and completion, youth
 * theory-study groups and who joins them, lecture series, and each member's stage in the training chain.
 */
@Service
public class StudyTraining {

    private final TrainingClassRepository classes;
    private final YouthStudyGroupRepository groups;
    private final LectureSeriesRepository series;
    private final TrainingChainRepository chains;
    private final StudyPeople people;
    private final StudyAccess access;
    private final Clock clock;

    StudyTraining(TrainingClassRepository classes, YouthStudyGroupRepository groups, LectureSeriesRepository series,
                  TrainingChainRepository chains, StudyPeople people, StudyAccess access, Clock clock) {
        this.classes = classes;
        this.groups = groups;
        this.series = series;
        this.chains = chains;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('study:training')")
    @Transactional
    public long openClass(Long organizationId, String name, LocalDate startsOn, LocalDate endsOn, Integer hours) {
        Host organiser = covered(organizationId);
        return classes.save(TrainingClass.open(organiser, name, startsOn, endsOn, hours, access.actor(), now())).id();
    }

    @PreAuthorize("hasAuthority('study:training')")
    @Transactional
    public void enrol(long classId, int version, Long memberId) {
        TrainingClass training = visibleClass(classId);
        checkVersion(training.version(), version);
        Attendee member = inScope(people.attendee(memberId, training.courtId()));
        training.enrol(member, access.actor(), today(), now());
        classes.save(training);
    }

    @PreAuthorize("hasAuthority('study:training')")
    @Transactional
    public void complete(long classId, int version, Long memberId, LocalDate on) {
        TrainingClass training = visibleClass(classId);
        checkVersion(training.version(), version);
        if (memberId == null) {
            throw new DomainException("error.study.member-required");
        }
        training.complete(memberId, on, access.actor(), today(), now());
        classes.save(training);
    }

    public TrainingClass visibleClass(long id) {
        return classes.findById(id).filter(c -> access.covers(c.courtId(), c.organizationPath()))
                .orElseThrow(() -> new NotFoundException("label.study.class", id));
    }

    @PreAuthorize("hasAuthority('study:training')")
    @Transactional
    public long formGroup(Long organizationId, String name, LocalDate formedOn) {
        Host home = covered(organizationId);
        return groups.save(YouthStudyGroup.form(home, name, formedOn, access.actor(), now())).id();
    }

    @PreAuthorize("hasAuthority('study:training')")
    @Transactional
    public void join(long groupId, int version, Long memberId) {
        YouthStudyGroup group = visibleGroup(groupId);
        checkVersion(group.version(), version);
        Attendee member = inScope(people.attendee(memberId, group.courtId()));
        String name = people.memberNames(List.of(member.memberId())).getOrDefault(member.memberId(), "");
        LocalDate birth = people.birthDates(List.of(member.memberId())).get(member.memberId());
        group.join(member, name, birth, today(), access.actor(), now());
        groups.save(group);
    }

    public YouthStudyGroup visibleGroup(long id) {
        return groups.findById(id).filter(g -> access.covers(g.courtId(), g.organizationPath()))
                .orElseThrow(() -> new NotFoundException("label.study.group", id));
    }

    @PreAuthorize("hasAuthority('study:training')")
    @Transactional
    public long createSeries(Long organizationId, String name) {
        Host organiser = covered(organizationId);
        if (name != null && series.existsByCourtIdAndName(organiser.courtId(), name.strip())) {
            throw new DomainException("error.study.series-exists", name.strip());
        }
        return series.save(LectureSeries.create(organiser, name, access.actor(), now())).id();
    }

    /** Records the stage a member reached: their entry into the chain, or the next stage after the one they hold. */
    @PreAuthorize("hasAuthority('study:training')")
    @Transactional
    public void reachStage(long memberId, TrainingStage stage, LocalDate on, String note) {
        long court = people.person(memberId).map(p -> p.courtId())
                .orElseThrow(() -> new DomainException("error.study.unknown-member", memberId));
        Attendee member = inScope(people.attendee(memberId, court));
        Optional<TrainingChain> existing = chains.findByMemberId(memberId);
        TrainingChain chain;
        if (existing.isPresent()) {
            chain = existing.get();
            chain.reach(stage, on, note, access.actor(), now());
        } else {
            chain = TrainingChain.enter(member, stage, on, note, access.actor(), now());
        }
        chains.save(chain);
    }

    /** A member's chain, if the user may see the member: within their scope, or their own. */
    public Optional<TrainingChain> chainOf(long memberId) {
        return chains.findByMemberId(memberId)
                .filter(c -> access.isSelf(memberId) || access.covers(c.courtId(), c.memberPath()));
    }

    /** The member, if the user may see them; otherwise not found. */
    public Attendee visibleMember(long memberId) {
        long court = people.person(memberId).map(p -> p.courtId())
                .orElseThrow(() -> new NotFoundException("label.study.member", memberId));
        Attendee member = people.attendee(memberId, court);
        if (!access.isSelf(memberId) && !access.covers(court, member.memberPath())) {
            throw new NotFoundException("label.study.member", memberId);
        }
        return member;
    }

    private Attendee inScope(Attendee member) {
        if (!access.covers(member.courtId(), member.memberPath())) {
            throw new DomainException("error.study.unknown-member", member.memberId());
        }
        return member;
    }

    private Host covered(Long organizationId) {
        Host host = people.host(organizationId);
        access.requireCovers(host.courtId(), host.path(), "label.study.organization", host.organizationId());
        return host;
    }

    private static void checkVersion(Integer actual, int expected) {
        if (!Objects.equals(actual, expected)) {
            throw new OptimisticLockingFailureException("changed meanwhile");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
