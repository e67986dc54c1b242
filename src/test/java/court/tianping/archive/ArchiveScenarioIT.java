package court.tianping.archive;

import court.tianping.demand.ActionKind;
import court.tianping.demand.Channel;
import court.tianping.demand.Outcome;
import court.tianping.demand.RequesterKind;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.Urgency;
import court.tianping.demand.application.DemandFlow;
import court.tianping.demand.application.DemandIntake;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;
import court.tianping.honour.HonourLevel;
import court.tianping.honour.application.HonourRecords;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackSource;
import court.tianping.supervision.FeedbackVerified;
import court.tianping.supervision.application.FeedbackCommand;
import court.tianping.supervision.application.FeedbackIntake;
import court.tianping.supervision.application.FeedbackVerification;
import court.tianping.supervision.domain.FeedbackRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entries reaching the archive by event: feedback the discipline office verifies as founded becomes a merit or a
 * flaw entry of the member, unfounded feedback none; a demand whose requester was satisfied at the return visit
 * becomes a merit entry of the member who handled it; an honour becomes a merit entry of each member honoured, and a
 * collective honour none.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"supervision", "demand", "triage", "honour"})
class ArchiveScenarioIT {

    @Autowired
    FeedbackIntake intake;
    @Autowired
    FeedbackVerification verification;
    @Autowired
    FeedbackRepository feedback;
    @Autowired
    DemandIntake demandIntake;
    @Autowired
    DemandFlow flow;
    @Autowired
    DemandRepository demands;
    @Autowired
    HonourRecords honours;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

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

    long member() {
        return accounts.findByUsername("member").orElseThrow().memberId();
    }

    long received(FeedbackKind kind, String content) {
        as("office");
        return intake.receive(new FeedbackCommand(member(), null, FeedbackSource.HOTLINE_12368, kind, content, null,
                "李女士", "13900001111", null, null)).id();
    }

    int version(long id) {
        return feedback.findById(id).orElseThrow().version();
    }

    long entries(String sourceRef) {
        return jdbc.sql("select count(*) from archive_entry where source_ref = :ref").param("ref", sourceRef)
                .query(Long.class).single();
    }

    @Test
    void aFoundedComplaintBecomesAFlawEntryOfTheMember(Scenario scenario) {
        long id = received(FeedbackKind.COMPLAINT, "来电反映承办人答复不及时。");
        as("discipline");
        scenario.stimulate(() -> verification.verify(id, version(id), true, "经核查通话记录，情况属实。"))
                .andWaitForEventOfType(ArchiveEntryRecorded.class)
                .matching(e -> ("feedback:" + id).equals(e.sourceRef()))
                .toArriveAndVerify(e -> {
                    assertThat(e.kind()).isEqualTo(EntryKind.FLAW);
                    assertThat(e.source()).isEqualTo(EntrySource.VERIFIED_FEEDBACK);
                    assertThat(e.state()).isEqualTo(EntryState.CONFIRMED);
                    assertThat(e.memberId()).isEqualTo(member());
                });
        String verifiedBy = jdbc.sql("select verified_by from archive_entry where source_ref = :ref")
                .param("ref", "feedback:" + id).query(String.class).single();
        assertThat(verifiedBy).isEqualTo("discipline");
    }

    @Test
    void foundedPraiseBecomesAMeritEntryAndUnfoundedFeedbackNone(Scenario scenario) {
        long praise = received(FeedbackKind.PRAISE, "来电表扬承办法官耐心细致。");
        long complaint = received(FeedbackKind.COMPLAINT, "反映开庭时间变更未通知。");
        as("discipline");
        scenario.stimulate(() -> verification.verify(complaint, version(complaint), false, "经核查已按时通知，不属实。"))
                .andWaitForEventOfType(FeedbackVerified.class)
                .matching(e -> e.feedbackId() == complaint)
                .toArriveAndVerify(e -> assertThat(e.founded()).isFalse());
        scenario.stimulate(() -> verification.verify(praise, version(praise), true, "经回访当事人，表扬属实。"))
                .andWaitForEventOfType(ArchiveEntryRecorded.class)
                .matching(e -> ("feedback:" + praise).equals(e.sourceRef()))
                .toArriveAndVerify(e -> assertThat(e.kind()).isEqualTo(EntryKind.MERIT));
        assertThat(entries("feedback:" + complaint)).isZero();
        assertThat(entries("feedback:" + praise)).isOne();
    }

    @Test
    void aDemandPraisedAtItsReturnVisitBecomesAMeritEntryOfTheMemberWhoHandledIt(Scenario scenario) {
        as("office");
        DemandDetails call = new DemandDetails(Channel.HOTLINE_12368, null,
                new Requester(RequesterKind.PERSON, "张建国", "13812345678", null), new Place("西城区", null, null, null),
                null, ServiceKind.PRE_LITIGATION_MEDIATION, Urgency.NORMAL, "租房押金不退，希望诉前调解。");
        long id = demandIntake.record(call, List.of()).id();
        long branch = accounts.findByUsername("secretary").orElseThrow().organizationId();
        flow.dispatch(id, demandVersion(id), branch);
        as("cellleader");
        flow.accept(id, demandVersion(id), null);
        flow.assign(id, demandVersion(id), member());
        as("member");
        flow.logAction(id, demandVersion(id), ActionKind.CALL, 20, "电话联系双方，约定调解时间");
        flow.resolve(id, demandVersion(id), Outcome.MEDIATED_AGREEMENT, "双方达成调解协议");
        as("secretary");
        scenario.stimulate(() -> flow.visit(id, demandVersion(id), Satisfaction.SATISFIED, "满意"))
                .andWaitForEventOfType(ArchiveEntryRecorded.class)
                .matching(e -> ("demand:" + id).equals(e.sourceRef()))
                .toArriveAndVerify(e -> {
                    assertThat(e.kind()).isEqualTo(EntryKind.MERIT);
                    assertThat(e.source()).isEqualTo(EntrySource.DEMAND_PRAISED);
                    assertThat(e.memberId()).isEqualTo(member());
                });
    }

    @Test
    void anHonourBecomesAMeritEntryOfEachMemberHonouredAndACollectiveOneOfNone(Scenario scenario) {
        as("office");
        long secretary = accounts.findByUsername("secretary").orElseThrow().memberId();
        long branch = accounts.findByUsername("secretary").orElseThrow().organizationId();
        long[] collective = new long[1];
        scenario.stimulate(() -> collective[0] = honours.award("先进基层党组织", HonourLevel.DISTRICT, "中共北京市西城区委员会",
                        LocalDate.of(2025, 7, 1), null, List.of(), branch))
                .andWaitForStateChange(() -> handled(collective[0]), handled -> handled > 0)
                .andVerify(handled -> assertThat(entries("honour:" + collective[0] + ":" + member())).isZero());
        long[] honour = new long[1];
        scenario.stimulate(() -> honour[0] = honours.award("北京市优秀法官", HonourLevel.PROVINCIAL, "北京市高级人民法院",
                        LocalDate.of(2025, 6, 30), "京高法〔2025〕88号", List.of(member(), secretary), null))
                .andWaitForEventOfType(ArchiveEntryRecorded.class)
                .matching(e -> ("honour:" + honour[0] + ":" + secretary).equals(e.sourceRef()))
                .toArriveAndVerify(e -> {
                    assertThat(e.kind()).isEqualTo(EntryKind.MERIT);
                    assertThat(e.source()).isEqualTo(EntrySource.HONOUR);
                    assertThat(e.state()).isEqualTo(EntryState.CONFIRMED);
                });
        assertThat(entries("honour:" + honour[0] + ":" + member())).isOne();
        assertThat(jdbc.sql("select summary from archive_entry where source_ref = :ref")
                .param("ref", "honour:" + honour[0] + ":" + member()).query(String.class).single())
                .isEqualTo("北京市优秀法官（北京市高级人民法院）");
        assertThat(jdbc.sql("select count(*) from archive_entry where source_ref like :ref")
                .param("ref", "honour:" + collective[0] + ":%").query(Long.class).single()).isZero();
    }

    /** How many listeners have completed their handling of the honour's event. */
    long handled(long honourId) {
        return jdbc.sql("select count(*) from event_publication where event_type like '%HonourAwarded' "
                        + "and serialized_event like :id and completion_date is not null")
                .param("id", "%\"honourId\":" + honourId + ",%").query(Long.class).single();
    }

    int demandVersion(long id) {
        return demands.findById(id).orElseThrow().version();
    }
}
