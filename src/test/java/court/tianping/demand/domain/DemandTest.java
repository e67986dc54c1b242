package court.tianping.demand.domain;

import court.tianping.core.DomainException;
import court.tianping.demand.ActionKind;
import court.tianping.demand.Channel;
import court.tianping.demand.DeadlineStep;
import court.tianping.demand.DemandAccepted;
import court.tianping.demand.DemandAttachmentAdded;
import court.tianping.demand.DemandDispatched;
import court.tianping.demand.DemandState;
import court.tianping.demand.DemandSubmitted;
import court.tianping.demand.Outcome;
import court.tianping.demand.RequesterKind;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.Urgency;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.platform.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandTest {

    static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 23, 9, 0);
    static final Unit BRANCH = new Unit(10, 1, 5L, "/1/5/10/", "民事审判第一庭党支部", OrganizationType.BRANCH);
    static final Unit OTHER_BRANCH = new Unit(20, 1, 5L, "/1/5/20/", "刑事审判庭党支部", OrganizationType.BRANCH);
    static final Unit CELL = new Unit(11, 1, 10L, "/1/5/10/11/", "物业服务团队党小组", OrganizationType.CELL);
    static final Unit FOREIGN_CELL = new Unit(21, 1, 20L, "/1/5/20/21/", "刑事团队党小组", OrganizationType.CELL);
    static final Person MEMBER = new Person(100, 1, 11, "徐明祺");
    static final Person OTHER_MEMBER = new Person(101, 1, 11, "孙皓宇");
    static final Person FOREIGN_MEMBER = new Person(200, 1, 21, "王伟");

    /** Deadlines on the plain Monday-to-Friday calendar with the default limits. */
    static final DeadlinePolicy POLICY = new DeadlinePolicy() {
        private final WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of());

        @Override
        public LocalDateTime due(long courtId, DeadlineStep step, Urgency urgency, LocalDateTime from) {
            return switch (step) {
                case RESOLVE -> calendar.plusWorkingDays(from.toLocalDate(), 15).plusDays(1).atStartOfDay();
                case VISIT -> calendar.plusWorkingDays(from.toLocalDate(), 3).plusDays(1).atStartOfDay();
                default -> calendar.plusWorkingMinutes(from, 24 * 60);
            };
        }

        @Override
        public LocalDateTime extend(LocalDateTime due, long workingMinutes) {
            return calendar.plusWorkingMinutes(due, workingMinutes);
        }

        @Override
        public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
            return calendar.workingMinutesBetween(from, to);
        }
    };

    static Demand submitted() {
        DemandDetails details = new DemandDetails(Channel.HOTLINE_12368, null,
                new Requester(RequesterKind.PERSON, "张建国", "13812345678", null), new Place("西城区", 1L, null, null), 3L,
                ServiceKind.ON_SITE_RESOLUTION, Urgency.NORMAL, "楼上漏水，协商未果，请法官上门调解。");
        Demand demand = Demand.submit(1, "ABCDEFGH23", details, "operator", POLICY, MONDAY_NINE);
        setId(demand, 1L);
        return demand;
    }

    static Demand inProgress() {
        Demand demand = submitted();
        demand.dispatch(BRANCH, false, "office", POLICY, MONDAY_NINE.plusHours(1));
        demand.accept(CELL, "cellleader", MONDAY_NINE.plusHours(2));
        demand.assign(MEMBER, CELL, "cellleader", MONDAY_NINE.plusHours(3));
        demand.logAction(ActionKind.CALL, 20, "电话联系", "member", MONDAY_NINE.plusHours(4));
        return demand;
    }

    @Test
    void takesTheWholeFlowAndMeetsItsDeadlines() {
        Demand demand = inProgress();
        demand.resolve(Outcome.MEDIATED_AGREEMENT, "达成调解协议", "member", POLICY, MONDAY_NINE.plusDays(2));
        demand.visit(Satisfaction.SATISFIED, "满意", "office", MONDAY_NINE.plusDays(3));
        demand.close("office", MONDAY_NINE.plusDays(3));

        assertThat(demand.state()).isEqualTo(DemandState.CLOSED);
        assertThat(demand.deadlines()).extracting(DemandDeadline::step).containsExactly(DeadlineStep.values());
        assertThat(demand.deadlines()).allMatch(DemandDeadline::metInTime);
        assertThat(demand.steps()).hasSize(8);
        assertThat(demand.firstContactAt()).isEqualTo(MONDAY_NINE.plusHours(4));
    }

    @Test
    void raisesOneEventPerTransition() {
        Demand demand = submitted();
        demand.dispatch(BRANCH, true, "system", POLICY, MONDAY_NINE);
        demand.accept(CELL, "cellleader", MONDAY_NINE.plusHours(1));
        assertThat(demand.raisedEvents()).hasSize(3);
        assertThat(demand.raisedEvents().get(0)).isInstanceOf(DemandSubmitted.class);
        assertThat(demand.raisedEvents().get(1)).isInstanceOfSatisfying(DemandDispatched.class,
                e -> assertThat(e.automatic()).isTrue());
        assertThat(demand.raisedEvents().get(2)).isInstanceOf(DemandAccepted.class);
    }

    @Test
    void aDemandRoutedOnArrivalIsDispatchedBeforeItHasAnIdAndItsEventsCarryTheIdItGets() {
        DemandDetails details = new DemandDetails(Channel.HOTLINE_12345, "12345-2026000001",
                new Requester(RequesterKind.PERSON, "赵国庆", "13911112222", null), new Place("西城区", 1L, null, null), 3L,
                ServiceKind.CONSULTATION, Urgency.NORMAL, "小区路灯不亮，可能涉及物业服务合同。");
        Demand demand = Demand.submit(1, "ABCDEFGH24", details, "api", POLICY, MONDAY_NINE);
        demand.dispatch(BRANCH, true, "system", POLICY, MONDAY_NINE);
        setId(demand, 42L);

        assertThat(demand.raisedEvents()).hasSize(2);
        assertThat(demand.raisedEvents().get(0)).isInstanceOfSatisfying(DemandSubmitted.class,
                e -> assertThat(e.demandId()).isEqualTo(42L));
        assertThat(demand.raisedEvents().get(1)).isInstanceOfSatisfying(DemandDispatched.class,
                e -> assertThat(e.demandId()).isEqualTo(42L));
    }

    @Test
    void rejectsAcceptanceByAGroupOfAnotherBranch() {
        Demand demand = submitted();
        demand.dispatch(BRANCH, false, "office", POLICY, MONDAY_NINE);
        assertThatThrownBy(() -> demand.accept(FOREIGN_CELL, "x", MONDAY_NINE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.demand.other-branch"));
        assertThat(demand.state()).isEqualTo(DemandState.DISPATCHED);
    }

    @Test
    void rejectsAcceptanceBeforeDispatch() {
        Demand demand = submitted();
        assertThatThrownBy(() -> demand.accept(CELL, "x", MONDAY_NINE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.demand.state"));
    }

    @Test
    void rejectsDispatchToSomethingThatIsNotABranchOfTheCourt() {
        Demand demand = submitted();
        assertThatThrownBy(() -> demand.dispatch(CELL, false, "office", POLICY, MONDAY_NINE)).isInstanceOf(DomainException.class);
        Unit otherCourt = new Unit(30, 2, 6L, "/2/6/30/", "外院支部", OrganizationType.BRANCH);
        assertThatThrownBy(() -> demand.dispatch(otherCourt, false, "office", POLICY, MONDAY_NINE)).isInstanceOf(DomainException.class);
        assertThat(demand.state()).isEqualTo(DemandState.SUBMITTED);
    }

    @Test
    void rejectsAMemberFromOutsideTheAcceptingGroup() {
        Demand demand = submitted();
        demand.dispatch(BRANCH, false, "office", POLICY, MONDAY_NINE);
        demand.accept(CELL, "cellleader", MONDAY_NINE);
        assertThatThrownBy(() -> demand.assign(FOREIGN_MEMBER, FOREIGN_CELL, "cellleader", MONDAY_NINE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.demand.member-outside-cell"));
    }

    @Test
    void reassignsToAnotherMemberOfTheGroup() {
        Demand demand = inProgress();
        demand.assign(OTHER_MEMBER, CELL, "cellleader", MONDAY_NINE.plusHours(5));
        assertThat(demand.memberId()).isEqualTo(OTHER_MEMBER.id());
        assertThat(demand.state()).isEqualTo(DemandState.IN_PROGRESS);
        assertThatThrownBy(() -> demand.assign(OTHER_MEMBER, CELL, "cellleader", MONDAY_NINE)).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesToResolveWithoutAnOutcomeOrBeforeAnyAction() {
        Demand handled = inProgress();
        assertThatThrownBy(() -> handled.resolve(null, "x", "member", POLICY, MONDAY_NINE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.demand.outcome-required"));
        Demand assigned = submitted();
        assigned.dispatch(BRANCH, false, "office", POLICY, MONDAY_NINE);
        assigned.accept(CELL, "c", MONDAY_NINE);
        assigned.assign(MEMBER, CELL, "c", MONDAY_NINE);
        assertThatThrownBy(() -> assigned.resolve(Outcome.ADVICE_GIVEN, "x", "member", POLICY, MONDAY_NINE))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void refusesASecondVisit() {
        Demand demand = inProgress();
        demand.resolve(Outcome.ADVICE_GIVEN, "已答复", "member", POLICY, MONDAY_NINE.plusDays(1));
        demand.visit(Satisfaction.FAIRLY_SATISFIED, null, "office", MONDAY_NINE.plusDays(2));
        assertThatThrownBy(() -> demand.visit(Satisfaction.SATISFIED, null, "public", MONDAY_NINE.plusDays(2)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.demand.already-visited"));
        assertThat(demand.satisfaction()).isEqualTo(Satisfaction.FAIRLY_SATISFIED);
    }

    @Test
    void reopensOnlyAfterAnUnsatisfiedVisit() {
        Demand satisfied = inProgress();
        satisfied.resolve(Outcome.ADVICE_GIVEN, "已答复", "member", POLICY, MONDAY_NINE.plusDays(1));
        satisfied.visit(Satisfaction.SATISFIED, null, "office", MONDAY_NINE.plusDays(2));
        assertThatThrownBy(() -> satisfied.reopen("再办", "office", POLICY, MONDAY_NINE.plusDays(2)))
                .isInstanceOf(DomainException.class);

        Demand unsatisfied = inProgress();
        unsatisfied.resolve(Outcome.ADVICE_GIVEN, "已答复", "member", POLICY, MONDAY_NINE.plusDays(1));
        unsatisfied.visit(Satisfaction.UNSATISFIED, "没解决", "office", MONDAY_NINE.plusDays(2));
        unsatisfied.reopen("当事人仍有诉求", "office", POLICY, MONDAY_NINE.plusDays(2));
        assertThat(unsatisfied.state()).isEqualTo(DemandState.IN_PROGRESS);
        assertThat(unsatisfied.satisfaction()).isNull();
        assertThat(unsatisfied.deadline(DeadlineStep.RESOLVE)).get().matches(DemandDeadline::isOpen);
    }

    @Test
    void returnsToTheDispatcherWithAReasonOnly() {
        Demand demand = submitted();
        demand.dispatch(BRANCH, false, "office", POLICY, MONDAY_NINE);
        assertThatThrownBy(() -> demand.returnToDispatcher(" ", "secretary", MONDAY_NINE)).isInstanceOf(DomainException.class);
        demand.returnToDispatcher("不属于本庭管辖", "secretary", MONDAY_NINE.plusHours(1));
        assertThat(demand.state()).isEqualTo(DemandState.RETURNED);
        assertThat(demand.branchId()).isNull();
        demand.dispatch(OTHER_BRANCH, false, "office", POLICY, MONDAY_NINE.plusHours(2));
        assertThat(demand.branchId()).isEqualTo(OTHER_BRANCH.id());
    }

    @Test
    void pausingMovesTheOpenDeadlinesByTheWorkingTimePaused() {
        Demand demand = submitted();
        demand.dispatch(BRANCH, false, "office", POLICY, MONDAY_NINE);
        LocalDateTime resolveDue = demand.deadline(DeadlineStep.RESOLVE).orElseThrow().dueAt();
        LocalDateTime dispatchMet = demand.deadline(DeadlineStep.DISPATCH).orElseThrow().dueAt();
        demand.pause("联系不上当事人", "secretary", MONDAY_NINE.plusHours(1));
        assertThatThrownBy(() -> demand.pause("again", "secretary", MONDAY_NINE.plusHours(2))).isInstanceOf(DomainException.class);
        // paused from Monday 10:00 to Wednesday 10:00: two working days
        demand.resume("secretary", POLICY, MONDAY_NINE.plusDays(2).plusHours(1));
        assertThat(demand.deadline(DeadlineStep.RESOLVE).orElseThrow().dueAt()).isEqualTo(resolveDue.plusDays(2));
        assertThat(demand.deadline(DeadlineStep.DISPATCH).orElseThrow().dueAt()).isEqualTo(dispatchMet);
    }

    @Test
    void escalatesAnOverdueStepOncePerLevel() {
        Demand demand = submitted();
        demand.dispatch(BRANCH, false, "office", POLICY, MONDAY_NINE);
        LocalDateTime late = MONDAY_NINE.plusDays(3);
        assertThat(demand.escalate(DeadlineStep.ACCEPT, 1, MONDAY_NINE.plusHours(1))).isFalse();
        assertThat(demand.escalate(DeadlineStep.ACCEPT, 1, late)).isTrue();
        assertThat(demand.escalate(DeadlineStep.ACCEPT, 1, late)).isFalse();
        assertThat(demand.escalate(DeadlineStep.ACCEPT, 2, late)).isTrue();
        assertThat(demand.deadline(DeadlineStep.ACCEPT).orElseThrow().escalationLevel()).isEqualTo(2);
        assertThat(demand.isOverdue(late)).isTrue();
    }

    @Test
    void takesFilesUntilItIsClosedAndNeverMoreThanTheLimit() {
        Demand demand = inProgress();
        demand.forgetEvents();
        demand.checkRoomForAttachments(3, 2, 5);
        demand.attached(41, new AttachmentFile("现场.png", AttachmentKind.PNG, new byte[100]), "member", MONDAY_NINE.plusHours(5));
        assertThat(demand.raisedEvents()).singleElement().isInstanceOfSatisfying(DemandAttachmentAdded.class, e -> {
            assertThat(e.attachmentId()).isEqualTo(41);
            assertThat(e.after()).containsEntry("contentType", "image/png").containsEntry("sizeBytes", 100L)
                    .doesNotContainValue("现场.png");
        });
        assertThatThrownBy(() -> demand.checkRoomForAttachments(4, 2, 5))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.demand.attachment.no-room"));
        assertThatThrownBy(() -> demand.checkRoomForAttachments(0, 6, 5))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.demand.attachment.too-many"));

        demand.resolve(Outcome.MEDIATED_AGREEMENT, "达成调解协议", "member", POLICY, MONDAY_NINE.plusDays(2));
        demand.visit(Satisfaction.SATISFIED, null, "office", MONDAY_NINE.plusDays(3));
        demand.checkRoomForAttachments(1, 1, 5);
        demand.close("office", MONDAY_NINE.plusDays(3));
        assertThat(demand.allows(Transition.ATTACH)).isFalse();
        assertThatThrownBy(() -> demand.checkRoomForAttachments(0, 1, 5))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.demand.state"));
    }

    @Test
    void refusesBadInputAtSubmission() {
        assertRefused(new Requester(RequesterKind.PERSON, "张三", "12345", null), "正常内容", "error.demand.phone-invalid");
        assertRefused(new Requester(RequesterKind.PERSON, " ", "13812345678", null), "正常内容", "error.demand.requester-required");
        assertRefused(new Requester(RequesterKind.PERSON, "张三", "13812345678", null), "  ", "error.demand.description-required");
        assertRefused(new Requester(RequesterKind.PERSON, "张三", "13812345678", null), "字".repeat(100_000), "error.demand.description-too-long");
        assertRefused(new Requester(RequesterKind.PERSON, "张三", "13812345678", null), "<script>alert(1)</script>", "error.demand.markup");
    }

    @Test
    void aDemandTakenAsHistoryGoesThroughTheFlowBeforeItsFirstSaveAndRaisesNoEvents() {
        DemandDetails details = new DemandDetails(Channel.HOTLINE_12345, "12345-2026000001",
                new Requester(RequesterKind.PERSON, "张建国", "13812345678", null), new Place("西城区", 1L, null, null), 3L,
                ServiceKind.PRE_LITIGATION_MEDIATION, Urgency.NORMAL, "邻居装修噪音扰民，请求调解。");
        Demand demand = Demand.submit(1, "HISTORY234", details, "demo", POLICY, MONDAY_NINE);
        demand.takeAsHistory();
        demand.dispatch(BRANCH, true, "system", POLICY, MONDAY_NINE);
        demand.accept(CELL, "demo", MONDAY_NINE.plusHours(1));
        demand.assign(MEMBER, CELL, "demo", MONDAY_NINE.plusHours(2));
        demand.logAction(ActionKind.MEDIATION_SESSION, 90, "组织调解", "demo", MONDAY_NINE.plusHours(3));
        demand.resolve(Outcome.MEDIATED_AGREEMENT, "达成调解协议", "demo", POLICY, MONDAY_NINE.plusDays(1));

        assertThat(demand.id()).isNull();
        assertThat(demand.state()).isEqualTo(DemandState.RESOLVED);
        assertThat(demand.raisedEvents()).isEmpty();
    }

    private static void assertRefused(Requester requester, String description, String key) {
        DemandDetails details = new DemandDetails(Channel.QR_CODE, null, requester, new Place(null, null, null, null),
                null, ServiceKind.CONSULTATION, Urgency.NORMAL, description);
        assertThatThrownBy(() -> Demand.submit(1, "X", details, "public", POLICY, MONDAY_NINE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static void setId(Demand demand, long id) {
        try {
            Field field = Demand.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(demand, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
