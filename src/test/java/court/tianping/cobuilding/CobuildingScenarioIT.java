package court.tianping.cobuilding;

import court.tianping.cobuilding.application.Activities;
import court.tianping.cobuilding.application.ActivityCommand;
import court.tianping.cobuilding.application.Agreements;
import court.tianping.cobuilding.application.Partners;
import court.tianping.cobuilding.application.Upload;
import court.tianping.cobuilding.domain.ActivityDetails;
import court.tianping.cobuilding.domain.AgreementRepository;
import court.tianping.cobuilding.domain.AgreementTerms;
import court.tianping.cobuilding.domain.PartnerDetails;
import court.tianping.demand.SampleFiles;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Co-building as its events tell it, for the modules that listen (dashboards, assessment): a branch secretary
 * registers a partner, drafts, signs and terminates their branch's agreement and records an activity; each step
 * publishes one event naming the branches, the members and the days that the figures count.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class CobuildingScenarioIT {

    @Autowired
    Partners partners;
    @Autowired
    Agreements agreements;
    @Autowired
    Activities activities;
    @Autowired
    AgreementRepository agreementRepository;
    @Autowired
    UserAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    TianpingUser as(String username) {
        TianpingUser user = accounts.findByUsername(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        return user;
    }

    int version(long agreement) {
        return agreementRepository.findById(agreement).orElseThrow().version();
    }

    @Test
    void eachStepOfCoBuildingPublishesItsEvent(Scenario scenario) {
        TianpingUser secretary = as("secretary");
        long branch = secretary.organizationId();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long[] ids = new long[2];

        scenario.stimulate(() -> partners.register(new PartnerDetails("府右街社区党委（事件）", PartnerType.COMMUNITY_COMMITTEE,
                        "西城区", null, "中共府右街社区委员会", "李秀英", "13900001111")))
                .andWaitForEventOfType(PartnerRegistered.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.partnerId()).isEqualTo(id);
                    assertThat(event.actor()).isEqualTo("secretary");
                    assertThat(event.after()).containsEntry("phone", "139****1111");
                    ids[0] = id;
                });
        scenario.stimulate(() -> agreements.draft(new AgreementTerms("民一庭与府右街社区共建协议", "共建内容", today.minusMonths(1),
                        today.plusYears(1)), List.of(ids[0]), List.of(branch)))
                .andWaitForEventOfType(AgreementDrafted.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.branchIds()).containsExactly(branch);
                    assertThat(event.partnerIds()).containsExactly(ids[0]);
                    ids[1] = id;
                });
        long agreement = ids[1];
        Upload document = new Upload("共建协议.pdf", SampleFiles.pdf().length, new ByteArrayResource(SampleFiles.pdf()));
        scenario.stimulate(() -> agreements.sign(agreement, version(agreement), today, document))
                .andWaitForEventOfType(AgreementSigned.class)
                .matching(event -> event.agreementId() == agreement)
                .toArriveAndVerify(event -> {
                    assertThat(event.signedOn()).isEqualTo(today);
                    assertThat(event.validTo()).isEqualTo(today.plusYears(1));
                });
        scenario.stimulate(() -> agreements.terminate(agreement, version(agreement), today, "社区机构调整"))
                .andWaitForEventOfType(AgreementTerminated.class)
                .matching(event -> event.agreementId() == agreement)
                .toArriveAndVerify(event -> {
                    assertThat(event.terminatedOn()).isEqualTo(today);
                    assertThat(event.reason()).isEqualTo("社区机构调整");
                });
        long member = secretary.memberId();
        scenario.stimulate(() -> activities.record(new ActivityCommand(new ActivityDetails(today, CobuildingActivityType.LEGAL_LECTURE,
                        "防范养老诈骗法治讲座", null, 85), ids[0], null, List.of(branch), List.of(member)), List.of()))
                .andWaitForEventOfType(CobuildingActivityRecorded.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.activityId()).isEqualTo(id);
                    assertThat(event.participantIds()).containsExactly(member);
                    assertThat(event.branchIds()).containsExactly(branch);
                    assertThat(event.peopleReached()).isEqualTo(85);
                    assertThat(event.heldOn()).isEqualTo(today);
                });
    }
}
