package court.tianping.organization.domain;

import court.tianping.core.DomainException;
import court.tianping.core.IdCardNumber;
import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private static final String ID_1985 = id("11010219850315123");

    private final PartyOrganization committee = Organizations.committee();
    private final PartyOrganization branch = Organizations.branch(committee);
    private final PartyOrganization cell = Organizations.cell(branch);
    private final PartyOrganization otherBranch = Organizations.branch(committee);
    private final PartyOrganization mobile = Organizations.saved(committee, OrganizationType.BRANCH, OrganizationNature.MOBILE);

    private static String id(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static MemberDetails details(Position position, MembershipStatus status, LocalDate joined, String idCard) {
        return new MemberDetails("张伟", Gender.MALE, "汉族", null, idCard, "13812345678", position,
                position.isStaff() ? null : "北京市法律援助中心", null, null, Education.MASTER, joined, status,
                status == MembershipStatus.FULL ? joined.plusYears(1) : null);
    }

    private static MemberDetails judge() {
        return details(Position.JUDGE, MembershipStatus.FULL, LocalDate.of(2008, 7, 1), ID_1985);
    }

    private static String keyOf(Throwable e) {
        return ((DomainException) e).messageKey();
    }

    private Member saved(PartyOrganization organization, MemberDetails details) {
        Member member = Member.join(organization, details, TODAY, NOW);
        ReflectionTestUtils.setField(member, "id", 7L);
        return member;
    }

    @Test
    void takesTheBirthDateFromTheIdCard() {
        assertThat(saved(cell, judge()).birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
    }

    @Test
    void everyMemberHasAPrimaryOrganisation() {
        assertThatThrownBy(() -> Member.join(null, judge(), TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.primary-organization-required"));
    }

    @Test
    void theOrganCommitteeAndTemporaryOrganisationsHoldNoMembers() {
        PartyOrganization temporary = Organizations.saved(committee, OrganizationType.BRANCH, OrganizationNature.TEMPORARY);
        assertThatThrownBy(() -> Member.join(committee, judge(), TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.primary-organization-type"));
        assertThatThrownBy(() -> Member.join(temporary, judge(), TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.primary-organization-type"));
    }

    @Test
    void nonStaffMembersBelongToMobileOrganisations() {
        MemberDetails mediator = details(Position.MEDIATOR, MembershipStatus.FULL, LocalDate.of(2008, 7, 1), ID_1985);
        assertThatThrownBy(() -> Member.join(cell, mediator, TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.non-staff-needs-mobile"));
        Member member = Member.join(mobile, mediator, TODAY, NOW);
        assertThat(member.staff()).isFalse();
        assertThat(member.departmentId()).isNull();
    }

    @Test
    void nonStaffMembersNeedAnEmployer() {
        MemberDetails noEmployer = new MemberDetails("李娜", Gender.FEMALE, null, null, ID_1985, null, Position.MEDIATOR,
                " ", null, null, null, LocalDate.of(2008, 7, 1), MembershipStatus.FULL, null);
        assertThatThrownBy(() -> Member.join(mobile, noEmployer, TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.employer-required"));
    }

    @Test
    void rejectsAnInvalidIdCardNumber() {
        MemberDetails bad = details(Position.JUDGE, MembershipStatus.FULL, LocalDate.of(2008, 7, 1), "110102198503151230");
        assertThat(IdCardNumber.isValid("110102198503151230")).isFalse();
        assertThatThrownBy(() -> Member.join(cell, bad, TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.id-card.invalid"));
    }

    @Test
    void aMemberJoinedAtEighteenOrLaterAndNotInTheFuture() {
        MemberDetails tooYoung = details(Position.JUDGE, MembershipStatus.FULL, LocalDate.of(2003, 3, 14), ID_1985);
        assertThatThrownBy(() -> Member.join(cell, tooYoung, TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.joined-too-young"));
        MemberDetails future = details(Position.JUDGE, MembershipStatus.PROBATIONARY, TODAY.plusDays(1), ID_1985);
        assertThatThrownBy(() -> Member.join(cell, future, TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.joined-in-future"));
    }

    @Test
    void rejectsABirthDateThatContradictsTheIdCard() {
        MemberDetails d = judge();
        MemberDetails wrongBirth = new MemberDetails(d.name(), d.gender(), d.ethnicity(), LocalDate.of(1986, 1, 1),
                d.idCardNo(), d.phone(), d.position(), d.employer(), null, null, d.education(), d.joinedPartyOn(),
                d.status(), d.fullMemberOn());
        assertThatThrownBy(() -> Member.join(cell, wrongBirth, TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.birth-date-mismatch"));
    }

    @Test
    void aSecretaryIsAFullMember() {
        Member probationary = saved(cell, details(Position.JUDGE, MembershipStatus.PROBATIONARY, LocalDate.of(2026, 3, 1), ID_1985));
        assertThatThrownBy(() -> probationary.assignPost(Post.SECRETARY, branch, cell))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.post-needs-full-member"));
        Member full = saved(cell, judge());
        full.assignPost(Post.SECRETARY, branch, cell);
        assertThat(full.posts()).containsExactly(new MemberPost(branch.id(), Post.SECRETARY));
    }

    @Test
    void aPostHolderCannotBecomeProbationary() {
        Member member = saved(cell, judge());
        member.assignPost(Post.CELL_LEADER, cell, cell);
        MemberDetails demoted = details(Position.JUDGE, MembershipStatus.PROBATIONARY, LocalDate.of(2026, 3, 1), ID_1985);
        assertThatThrownBy(() -> member.update(demoted, TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.post-needs-full-member"));
    }

    @Test
    void postsAreHeldInTheMembersOwnLineAndTheRightKindOfOrganisation() {
        Member member = saved(cell, judge());
        assertThatThrownBy(() -> member.assignPost(Post.SECRETARY, otherBranch, cell))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.post-outside-line"));
        assertThatThrownBy(() -> member.assignPost(Post.CELL_LEADER, branch, cell))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.post-wrong-organization"));
        assertThatThrownBy(() -> member.assignPost(Post.SECRETARY, cell, cell))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.post-wrong-organization"));
    }

    @Test
    void aTransferMovesTheMemberAndRecordsTheHistory() {
        Member member = saved(cell, judge());
        Transfer transfer = member.transferTo(cell, otherBranch, List.of(committee), LocalDate.of(2026, 9, 1),
                "工作调动", "office", TODAY, NOW);
        assertThat(member.organizationId()).isEqualTo(otherBranch.id());
        assertThat(transfer.fromOrganizationId()).isEqualTo(cell.id());
        assertThat(transfer.toOrganizationId()).isEqualTo(otherBranch.id());
        assertThat(transfer.reason()).isEqualTo("工作调动");
    }

    @Test
    void aTransferGivesUpPostsOutsideTheNewLine() {
        Member member = saved(cell, judge());
        member.assignPost(Post.CELL_LEADER, cell, cell);
        member.assignPost(Post.ORGANISATION, branch, cell);
        PartyOrganization sibling = Organizations.cell(branch);
        member.transferTo(cell, sibling, List.of(branch, committee), LocalDate.of(2026, 9, 1), "调整审判团队",
                "office", TODAY, NOW);
        assertThat(member.posts()).containsExactly(new MemberPost(branch.id(), Post.ORGANISATION));
    }

    @Test
    void aTransferNeedsAnotherOrganisationAReasonAndAPlausibleDate() {
        Member member = saved(cell, judge());
        assertThatThrownBy(() -> member.transferTo(cell, cell, List.of(), TODAY, "原因", "office", TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.transfer.same-organization"));
        assertThatThrownBy(() -> member.transferTo(cell, otherBranch, List.of(), TODAY, " ", "office", TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.transfer.reason-required"));
        assertThatThrownBy(() -> member.transferTo(cell, otherBranch, List.of(), TODAY.plusDays(1), "原因", "office", TODAY, NOW))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.transfer.date"));
        assertThat(member.organizationId()).isEqualTo(cell.id());
    }

    @Test
    void anAdditionalMembershipIsNeverThePrimaryOrganisation() {
        Member member = saved(cell, judge());
        assertThatThrownBy(() -> member.joinAlso(cell, TODAY))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.member.already-primary"));
    }

    @Test
    void theAuditSnapshotMasksPersonalData() {
        Member member = saved(cell, judge());
        assertThat(member.snapshot().get("idCardNo")).isEqualTo("110***********" + ID_1985.substring(14));
        assertThat(member.snapshot().get("phone")).isEqualTo("138****5678");
        assertThat(member.toString()).doesNotContain(ID_1985).doesNotContain("13812345678");
    }
}
