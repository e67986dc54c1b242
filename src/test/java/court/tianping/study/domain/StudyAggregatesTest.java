package court.tianping.study.domain;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationType;
import court.tianping.study.FindingState;
import court.tianping.study.InspectionMethod;
import court.tianping.study.StudyKind;
import court.tianping.study.TrainingStage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the study aggregates own: each transition checks the state it starts from. */
class StudyAggregatesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 18, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Host BRANCH = new Host(10, 1, "/1/2/10/", OrganizationType.BRANCH, "民事审判第一庭党支部");
    private static final Attendee MEMBER = new Attendee(100, 1, "/1/2/10/11/");

    private static SessionPlan plan(LocalDateTime start, LocalDateTime end) {
        return new SessionPlan(StudyKind.JOINT_STUDY, "政治理论学习日", null, start, end, null, null, null);
    }

    private static String key(Runnable r) {
        try {
            r.run();
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    @Test
    void aSessionEndingBeforeOrAtItsStartIsRefused() {
        LocalDateTime start = NOW.minusHours(2);
        assertThat(key(() -> StudySession.plan(plan(start, start), BRANCH, "x", NOW))).isEqualTo("error.study.ends-before-start");
        assertThat(key(() -> StudySession.plan(plan(start, start.minusMinutes(1)), BRANCH, "x", NOW))).isEqualTo("error.study.ends-before-start");
        assertThat(StudySession.plan(plan(start, start.plusMinutes(90)), BRANCH, "x", NOW).minutes()).isEqualTo(90);
    }

    @Test
    void aSessionIsHeldOnceAfterItBegan() {
        StudySession session = StudySession.plan(plan(NOW.minusHours(2), NOW.minusHours(1)), BRANCH, "x", NOW);
        assertThat(key(() -> session.hold(List.of(), null, "x", NOW))).isEqualTo("error.study.attendance-required");
        session.hold(List.of(MEMBER), "学习党章", "x", NOW);
        assertThat(key(() -> session.hold(List.of(MEMBER), null, "x", NOW))).isEqualTo("error.study.session-not-planned");
        assertThat(key(() -> session.cancel("改期", "x", NOW))).isEqualTo("error.study.session-not-planned");
        StudySession later = StudySession.plan(plan(NOW.plusHours(1), NOW.plusHours(2)), BRANCH, "x", NOW);
        assertThat(key(() -> later.hold(List.of(MEMBER), null, "x", NOW))).isEqualTo("error.study.session-not-begun");
    }

    @Test
    void ledStudyIsHeldAtThePartyGroupWithItsLeader() {
        SessionPlan led = new SessionPlan(StudyKind.LED_STUDY, "党组会前学习", null, NOW.minusHours(2), NOW.minusHours(1), 5L, null, null);
        assertThat(key(() -> StudySession.plan(led, BRANCH, "x", NOW))).isEqualTo("error.study.led-study-at-leadership-group");
        Host group = new Host(1, 1, "/1/", OrganizationType.LEADERSHIP_GROUP, "党组");
        assertThat(StudySession.plan(led, group, "x", NOW).kind()).isEqualTo(StudyKind.LED_STUDY);
    }

    @Test
    void aClassIsCompletedOnlyByAnEnrolledMemberOnceAndHoursArePositive() {
        assertThat(key(() -> TrainingClass.open(BRANCH, "轮训班", TODAY, TODAY, -1, "x", NOW))).isEqualTo("error.study.hours-invalid");
        assertThat(key(() -> TrainingClass.open(BRANCH, "轮训班", TODAY, TODAY.minusDays(1), 8, "x", NOW))).isEqualTo("error.study.ends-before-start");
        TrainingClass training = TrainingClass.open(BRANCH, "轮训班", TODAY.minusDays(3), TODAY.minusDays(1), 24, "x", NOW);
        assertThat(key(() -> training.complete(100, TODAY, "x", TODAY, NOW))).isEqualTo("error.study.not-enrolled");
        training.enrol(MEMBER, "x", TODAY, NOW);
        assertThat(key(() -> training.enrol(MEMBER, "x", TODAY, NOW))).isEqualTo("error.study.already-enrolled");
        assertThat(key(() -> training.complete(100, TODAY.minusDays(4), "x", TODAY, NOW))).isEqualTo("error.study.completion-date");
        training.complete(100, TODAY.minusDays(1), "x", TODAY, NOW);
        assertThat(key(() -> training.complete(100, TODAY, "x", TODAY, NOW))).isEqualTo("error.study.already-completed");
    }

    @Test
    void aYouthGroupTakesMembersUnderThirtySixOnTheDayTheyJoin() {
        YouthStudyGroup group = YouthStudyGroup.form(BRANCH, "“前哨”青年理论学习小组", TODAY, "x", NOW);
        assertThat(key(() -> group.join(MEMBER, "甲", TODAY.minusYears(36), TODAY, "x", NOW))).isEqualTo("error.study.too-old-for-youth-group");
        assertThat(key(() -> group.join(MEMBER, "甲", null, TODAY, "x", NOW))).isEqualTo("error.study.birth-date-unknown");
        group.join(MEMBER, "甲", TODAY.minusYears(36).plusDays(1), TODAY, "x", NOW);
        assertThat(group.hasMember(100)).isTrue();
        assertThat(key(() -> group.join(MEMBER, "甲", TODAY.minusYears(20), TODAY, "x", NOW))).isEqualTo("error.study.already-in-group");
    }

    @Test
    void anInspectionIsCarriedOutOnceAndFindingsGoFoundFollowedUpClosed() {
        StudyInspection inspection = StudyInspection.plan(BRANCH, null, InspectionMethod.SPOT_CHECK, 7, TODAY, "x", NOW);
        assertThat(key(() -> inspection.followUp(0, "整改", "x", NOW))).isEqualTo("error.study.no-such-finding");
        inspection.inspect(TODAY, "抽查", List.of("记录不全", " "), "x", NOW);
        assertThat(inspection.findings()).hasSize(1);
        assertThat(key(() -> inspection.inspect(TODAY, "再查", List.of(), "x", NOW))).isEqualTo("error.study.already-inspected");
        assertThat(key(() -> inspection.closeFinding(0, "x", NOW))).isEqualTo("error.study.finding-not-followed-up");
        inspection.followUp(0, "已补登", "x", NOW);
        assertThat(key(() -> inspection.followUp(0, "再整改", "x", NOW))).isEqualTo("error.study.finding-not-open");
        inspection.closeFinding(0, "x", NOW);
        assertThat(inspection.findings().get(0).state()).isEqualTo(FindingState.CLOSED);
        assertThat(key(() -> inspection.closeFinding(0, "x", NOW))).isEqualTo("error.study.finding-not-followed-up");
    }

    @Test
    void theTrainingChainGoesStageByStageNeverSkippingNorBack() {
        TrainingChain chain = TrainingChain.enter(MEMBER, TrainingStage.NEW_RECRUIT, TODAY.minusYears(3), null, "x", NOW);
        assertThat(key(() -> chain.reach(TrainingStage.JUNIOR_JUDGE, TODAY, null, "x", NOW))).isEqualTo("error.study.stage-out-of-order");
        assertThat(key(() -> chain.reach(TrainingStage.NEW_RECRUIT, TODAY, null, "x", NOW))).isEqualTo("error.study.stage-out-of-order");
        assertThat(key(() -> chain.reach(TrainingStage.JUDGE_ASSISTANT, TODAY.minusYears(4), null, "x", NOW))).isEqualTo("error.study.stage-date-before");
        assertThat(key(() -> chain.reach(TrainingStage.JUDGE_ASSISTANT, TODAY.plusDays(1), null, "x", NOW))).isEqualTo("error.study.future-date");
        chain.reach(TrainingStage.JUDGE_ASSISTANT, TODAY.minusYears(2), null, "x", NOW);
        chain.reach(TrainingStage.JUNIOR_JUDGE, TODAY.minusYears(1), null, "x", NOW);
        chain.reach(TrainingStage.SERVING, TODAY, null, "x", NOW);
        assertThat(key(() -> chain.reach(TrainingStage.SERVING, TODAY, null, "x", NOW))).isEqualTo("error.study.stage-final");
        assertThat(chain.steps()).extracting(ChainStep::stage).containsExactly(TrainingStage.values());
    }

    @Test
    void eachStateChangeRaisesOneEvent() {
        StudySession session = StudySession.plan(plan(NOW.minusHours(2), NOW.minusHours(1)), BRANCH, "x", NOW);
        assertThat(session.raisedCount()).isEqualTo(1);
        session.hold(List.of(MEMBER), null, "x", NOW);
        assertThat(session.raisedCount()).isEqualTo(2);
        assertThatThrownBy(() -> session.hold(List.of(MEMBER), null, "x", NOW)).isInstanceOf(DomainException.class);
        assertThat(session.raisedCount()).isEqualTo(2);
    }
}
