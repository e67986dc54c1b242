package court.tianping.organization.application;

import court.tianping.organization.domain.Court;
import court.tianping.organization.domain.CourtRepository;
import court.tianping.organization.domain.Department;
import court.tianping.organization.domain.DepartmentRepository;
import court.tianping.organization.domain.PartyOrganization;
import court.tianping.organization.domain.PartyOrganizationRepository;
import court.tianping.organization.domain.Transfer;
import court.tianping.organization.domain.TransferRepository;
import court.tianping.organization.domain.TrialTeam;
import court.tianping.organization.domain.TrialTeamRepository;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Look-ups of reference data (courts, departments, trial teams, organisation names) for forms and views. */
@Service
public class OrganizationCatalog {

    private final CourtRepository courts;
    private final DepartmentRepository departments;
    private final TrialTeamRepository trialTeams;
    private final PartyOrganizationRepository organizations;
    private final TransferRepository transfers;

    OrganizationCatalog(CourtRepository courts, DepartmentRepository departments, TrialTeamRepository trialTeams,
                        PartyOrganizationRepository organizations, TransferRepository transfers) {
        this.courts = courts;
        this.departments = departments;
        this.trialTeams = trialTeams;
        this.organizations = organizations;
        this.transfers = transfers;
    }

    public Optional<Court> court(long id) {
        return courts.findById(id);
    }

    public Optional<PartyOrganization> organization(long id) {
        return organizations.findById(id);
    }

    public List<Department> departments(long courtId) {
        return departments.findByCourtIdOrderBySortOrder(courtId);
    }

    public List<TrialTeam> trialTeams(long courtId) {
        return trialTeams.findByCourtId(courtId);
    }

    public Map<Long, String> departmentNames(long courtId) {
        return departments(courtId).stream().collect(Collectors.toMap(Department::id, Department::name));
    }

    public Map<Long, String> trialTeamNames(long courtId) {
        return trialTeams(courtId).stream().collect(Collectors.toMap(TrialTeam::id, TrialTeam::name));
    }

    public Map<Long, String> organizationNames(List<Long> ids) {
        return organizations.findAllById(ids).stream()
                .collect(Collectors.toMap(PartyOrganization::id, PartyOrganization::name, (a, b) -> a));
    }

    public List<Transfer> transfers(long memberId) {
        return transfers.findByMemberIdOrderByTransferredOnDescIdDesc(memberId);
    }

    public Map<Long, PartyOrganization> organizationsById(List<Long> ids) {
        return organizations.findAllById(ids).stream().collect(Collectors.toMap(PartyOrganization::id, Function.identity()));
    }
}
