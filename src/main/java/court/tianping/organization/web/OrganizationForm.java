package court.tianping.organization.web;

import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.domain.OrganizationDetails;
import court.tianping.organization.domain.PartyOrganization;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

record OrganizationForm(Long courtId, Long parentId, String name, OrganizationType type, OrganizationNature nature,
                        Long departmentId, String task,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn, Integer version) {

    static OrganizationForm under(PartyOrganization parent) {
        OrganizationType type = parent.type() == OrganizationType.BRANCH ? OrganizationType.CELL : OrganizationType.BRANCH;
        return new OrganizationForm(parent.courtId(), parent.id(), "", type, OrganizationNature.FUNCTIONAL,
                parent.departmentId(), "", null, null, null, null);
    }

    static OrganizationForm of(PartyOrganization o) {
        return new OrganizationForm(o.courtId(), o.parentId(), o.name(), o.type(), o.nature(), o.departmentId(),
                o.task(), o.startsOn(), o.endsOn(), o.establishedOn(), o.version());
    }

    OrganizationDetails details(Long trialTeamId) {
        return new OrganizationDetails(name, type, nature, departmentId, trialTeamId, task, startsOn, endsOn,
                establishedOn);
    }
}
