package court.tianping.organization.domain;

import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDate;

/** Saved-looking organisations (with id and path) for aggregate tests. */
final class Organizations {

    private static long nextId = 100;

    private Organizations() {
    }

    static PartyOrganization saved(PartyOrganization parent, OrganizationType type, OrganizationNature nature) {
        OrganizationDetails details = new OrganizationDetails(type + "-" + nextId, type, nature, null, null,
                nature == OrganizationNature.TEMPORARY ? "专项任务" : null,
                nature == OrganizationNature.TEMPORARY ? LocalDate.of(2025, 1, 1) : null,
                nature == OrganizationNature.TEMPORARY ? LocalDate.of(2027, 1, 1) : null, null);
        PartyOrganization organization = PartyOrganization.create(1, parent, details);
        ReflectionTestUtils.setField(organization, "id", nextId++);
        organization.placeUnder(parent);
        return organization;
    }

    static PartyOrganization committee() {
        return saved(null, OrganizationType.ORGAN_COMMITTEE, OrganizationNature.FUNCTIONAL);
    }

    static PartyOrganization branch(PartyOrganization committee) {
        return saved(committee, OrganizationType.BRANCH, OrganizationNature.FUNCTIONAL);
    }

    static PartyOrganization cell(PartyOrganization branch) {
        return saved(branch, OrganizationType.CELL, OrganizationNature.FUNCTIONAL);
    }
}
