package court.tianping.organization.domain;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartyOrganizationTest {

    private final PartyOrganization committee = Organizations.committee();
    private final PartyOrganization branch = Organizations.branch(committee);

    private static OrganizationDetails details(OrganizationType type, OrganizationNature nature) {
        return new OrganizationDetails("测试组织", type, nature, null, null, null, null, null, null);
    }

    private static String keyOf(Throwable e) {
        return ((DomainException) e).messageKey();
    }

    @Test
    void aCellBelongsToABranch() {
        assertThat(PartyOrganization.create(1, branch, details(OrganizationType.CELL, OrganizationNature.FUNCTIONAL))
                .type()).isEqualTo(OrganizationType.CELL);
    }

    @Test
    void rejectsACellDirectlyUnderTheOrganCommittee() {
        assertThatThrownBy(() -> PartyOrganization.create(1, committee,
                details(OrganizationType.CELL, OrganizationNature.FUNCTIONAL)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.organization.cell-needs-branch"));
    }

    @Test
    void rejectsACellWithoutParent() {
        assertThatThrownBy(() -> PartyOrganization.create(1, null,
                details(OrganizationType.CELL, OrganizationNature.FUNCTIONAL)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.organization.cell-needs-branch"));
    }

    @Test
    void rejectsABranchUnderACell() {
        PartyOrganization cell = Organizations.cell(branch);
        assertThatThrownBy(() -> PartyOrganization.create(1, cell,
                details(OrganizationType.BRANCH, OrganizationNature.FUNCTIONAL)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.organization.parent-type"));
    }

    @Test
    void aTemporaryOrganisationEndsAfterItStarts() {
        OrganizationDetails endsFirst = new OrganizationDetails("临时党支部", OrganizationType.BRANCH,
                OrganizationNature.TEMPORARY, null, null, "疏解整治", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 5, 31), null);
        assertThatThrownBy(() -> PartyOrganization.create(1, committee, endsFirst))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.organization.temporary-ends-before-start"));
        OrganizationDetails sameDay = new OrganizationDetails("临时党支部", OrganizationType.BRANCH,
                OrganizationNature.TEMPORARY, null, null, "疏解整治", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 1), null);
        assertThatThrownBy(() -> PartyOrganization.create(1, committee, sameDay)).isInstanceOf(DomainException.class);
    }

    @Test
    void aTemporaryOrganisationNeedsATaskAndATerm() {
        OrganizationDetails noTask = new OrganizationDetails("临时党支部", OrganizationType.BRANCH,
                OrganizationNature.TEMPORARY, null, null, " ", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null);
        assertThatThrownBy(() -> PartyOrganization.create(1, committee, noTask))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.organization.temporary-task"));
        OrganizationDetails noEnd = new OrganizationDetails("临时党支部", OrganizationType.BRANCH,
                OrganizationNature.TEMPORARY, null, null, "任务", LocalDate.of(2025, 1, 1), null, null);
        assertThatThrownBy(() -> PartyOrganization.create(1, committee, noEnd))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.organization.temporary-term"));
    }

    @Test
    void aTemporaryOrganisationIsActiveOnlyDuringItsTerm() {
        PartyOrganization temporary = Organizations.saved(committee, OrganizationType.BRANCH, OrganizationNature.TEMPORARY);
        assertThat(temporary.activeOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(temporary.activeOn(LocalDate.of(2027, 1, 2))).isFalse();
        assertThat(temporary.acceptsPrimaryMembers()).isFalse();
    }

    @Test
    void pathsFollowTheTree() {
        PartyOrganization cell = Organizations.cell(branch);
        assertThat(cell.path()).isEqualTo(committee.path() + branch.id() + "/" + cell.id() + "/");
        assertThat(branch.isAncestorOrSelfOf(cell)).isTrue();
        assertThat(cell.isAncestorOrSelfOf(branch)).isFalse();
    }

    @Test
    void anOrganisationCannotMoveUnderItsOwnCell() {
        PartyOrganization cell = Organizations.cell(branch);
        assertThatThrownBy(() -> branch.update(cell, details(OrganizationType.BRANCH, OrganizationNature.FUNCTIONAL)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theTypeIsFixedOnceSetUp() {
        assertThatThrownBy(() -> branch.update(committee, details(OrganizationType.GENERAL_BRANCH, OrganizationNature.FUNCTIONAL)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.organization.type-fixed"));
    }
}
