package court.tianping.study.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.organization.OrganizationType;
import court.tianping.study.InspectionMethod;
import court.tianping.study.domain.Host;
import court.tianping.study.domain.StudyInspection;
import court.tianping.study.domain.StudyInspectionRepository;
import court.tianping.study.domain.YouthStudyGroup;
import court.tianping.study.domain.YouthStudyGroupRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * 督学: an inspector (a Party-group member or the Party-affairs office) plans and carries out an inspection of a
 * branch's or a youth group's study; the inspected branch follows each finding up; the inspector closes it.
 */
@Service
public class StudyInspections {

    private final StudyInspectionRepository inspections;
    private final YouthStudyGroupRepository groups;
    private final StudyPeople people;
    private final StudyAccess access;
    private final Clock clock;

    StudyInspections(StudyInspectionRepository inspections, YouthStudyGroupRepository groups, StudyPeople people,
                     StudyAccess access, Clock clock) {
        this.inspections = inspections;
        this.groups = groups;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('study:inspect')")
    @Transactional
    public long plan(Long organizationId, Long youthGroupId, InspectionMethod method, LocalDate plannedOn) {
        Host inspected;
        if (youthGroupId != null) {
            YouthStudyGroup group = groups.findById(youthGroupId)
                    .orElseThrow(() -> new DomainException("error.study.youth-group-required"));
            inspected = people.host(group.organizationId());
        } else {
            inspected = people.host(organizationId);
            if (inspected.type() != OrganizationType.BRANCH && inspected.type() != OrganizationType.CELL
                    && inspected.type() != OrganizationType.GENERAL_BRANCH) {
                throw new DomainException("error.study.inspect-branch-or-group");
            }
        }
        access.requireCovers(inspected.courtId(), inspected.path(), "label.study.organization", inspected.organizationId());
        Long inspector = access.memberId();
        if (inspector == null) {
            throw new DomainException("error.study.inspector-required");
        }
        return inspections.save(StudyInspection.plan(inspected, youthGroupId, method, inspector, plannedOn,
                access.actor(), now())).id();
    }

    @PreAuthorize("hasAuthority('study:inspect')")
    @Transactional
    public void inspect(long id, int version, LocalDate on, String summary, String findings) {
        List<String> lines = findings == null ? List.of() : Arrays.asList(findings.split("\\R"));
        change(id, version, i -> i.inspect(on, summary, lines, access.actor(), now()));
    }

    /** The inspected organisation (or the office) reports what it did about a finding. */
    @PreAuthorize("hasAuthority('study:record')")
    @Transactional
    public void followUp(long id, int version, int finding, String what) {
        change(id, version, i -> i.followUp(finding, what, access.actor(), now()));
    }

    @PreAuthorize("hasAuthority('study:inspect')")
    @Transactional
    public void close(long id, int version, int finding) {
        change(id, version, i -> i.closeFinding(finding, access.actor(), now()));
    }

    public StudyInspection visible(long id) {
        return inspections.findById(id).filter(i -> access.covers(i.courtId(), i.organizationPath()))
                .orElseThrow(() -> new NotFoundException("label.study.inspection", id));
    }

    private void change(long id, int version, Consumer<StudyInspection> transition) {
        StudyInspection inspection = visible(id);
        if (!Objects.equals(inspection.version(), version)) {
            throw new OptimisticLockingFailureException("inspection " + id + " changed meanwhile");
        }
        transition.accept(inspection);
        inspections.save(inspection);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
