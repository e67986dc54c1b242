package court.tianping.organization.domain;

import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;

import java.time.LocalDate;

/** What defines a Party organisation, as entered in a form, the API or the demo. */
public record OrganizationDetails(String name, OrganizationType type, OrganizationNature nature, Long departmentId,
                                  Long trialTeamId, String task, LocalDate startsOn, LocalDate endsOn,
                                  LocalDate establishedOn) {
}
