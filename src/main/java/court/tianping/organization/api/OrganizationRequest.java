package court.tianping.organization.api;

import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.domain.OrganizationDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Creates or updates a Party organisation. {@code version} is required for an update. */
record OrganizationRequest(@NotNull Long parentId, @NotBlank @Size(max = 100) String name, @NotNull OrganizationType type,
                           @NotNull OrganizationNature nature, Long departmentId, Long trialTeamId,
                           @Size(max = 500) String task, LocalDate startsOn, LocalDate endsOn, LocalDate establishedOn,
                           Integer version) {

    OrganizationDetails details() {
        return new OrganizationDetails(name, type, nature, departmentId, trialTeamId, task, startsOn, endsOn, establishedOn);
    }
}
