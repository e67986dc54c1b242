package court.tianping.organization.application;

import court.tianping.core.CourtId;
import court.tianping.core.DomainException;
import court.tianping.organization.DepartmentChanged;
import court.tianping.organization.DepartmentKind;
import court.tianping.organization.domain.Department;
import court.tianping.organization.domain.DepartmentRepository;
import court.tianping.organization.domain.TrialTeam;
import court.tianping.organization.domain.TrialTeamRepository;
import court.tianping.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Adding departments (庭室) and trial teams (审判团队) to a court within the caller's scope. */
@Service
public class DepartmentCommands {

    private final DepartmentRepository departments;
    private final TrialTeamRepository trialTeams;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    DepartmentCommands(DepartmentRepository departments, TrialTeamRepository trialTeams, CurrentUser currentUser,
                       ApplicationEventPublisher events) {
        this.departments = departments;
        this.trialTeams = trialTeams;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize("hasAuthority('organization:unit:edit')")
    @Transactional
    public long addDepartment(long courtId, String name, DepartmentKind kind) {
        if (!currentUser.scope().courtIds().contains(courtId)) {
            throw new DomainException("error.department.out-of-scope");
        }
        String clean = cleanName(name);
        if (kind == null) {
            throw new DomainException("error.department.kind");
        }
        if (departments.findByCourtIdAndName(courtId, clean).isPresent()) {
            throw new DomainException("error.department.name-taken", clean);
        }
        int order = departments.findByCourtIdOrderBySortOrder(courtId).size();
        Department department = departments.save(new Department(courtId, clean, kind, order));
        events.publishEvent(new DepartmentChanged("department.created", "department", department.id(),
                new CourtId(courtId), currentUser.actor(), Map.of("name", clean, "kind", kind)));
        return department.id();
    }

    @PreAuthorize("hasAuthority('organization:unit:edit')")
    @Transactional
    public long addTrialTeam(long departmentId, String name) {
        Department department = departments.findById(departmentId)
                .filter(d -> currentUser.scope().courtIds().contains(d.courtId()))
                .orElseThrow(() -> new DomainException("error.department.out-of-scope"));
        String clean = cleanName(name);
        if (trialTeams.findByDepartmentIdAndName(departmentId, clean).isPresent()) {
            throw new DomainException("error.trial-team.name-taken", clean, department.name());
        }
        TrialTeam team = trialTeams.save(new TrialTeam(department.courtId(), departmentId, clean));
        events.publishEvent(new DepartmentChanged("trial-team.created", "trial-team", team.id(),
                new CourtId(department.courtId()), currentUser.actor(),
                Map.of("name", clean, "department", department.name())));
        return team.id();
    }

    private static String cleanName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 60) {
            throw new DomainException("error.department.name");
        }
        return clean;
    }
}
