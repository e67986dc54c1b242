package court.tianping.demand;

import court.tianping.demand.application.DemandFlow;
import court.tianping.demand.application.DemandIntake;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demand flow as its events tell it: each step, taken through the application services by the demo
 * role entitled to it, publishes its event with the demand, the people and the outcome of the step. The
 * demand module starts with the modules it depends on (platform, organization) and the demo court.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class DemandScenarioIT {

    @Autowired
    DemandIntake intake;
    @Autowired
    DemandFlow flow;
    @Autowired
    DemandRepository demands;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** The events of the steps before: a step's check looks at the events its own stimulus published. */
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

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

    int version(long id) {
        return demands.findById(id).orElseThrow().version();
    }

    long branch() {
        return accounts.findByUsername("secretary").orElseThrow().organizationId();
    }

    long cell() {
        return accounts.findByUsername("cellleader").orElseThrow().organizationId();
    }

    long member() {
        return accounts.findByUsername("member").orElseThrow().memberId();
    }

    /** A 12368 call with no street or category: no rule routes it, so it waits for the office to dispatch it. */
    long submit(Scenario scenario) {
        long court = as("office").courtId();
        DemandDetails call = new DemandDetails(Channel.HOTLINE_12368, null,
                new Requester(RequesterKind.PERSON, "张建国", "13812345678", null), new Place("西城区", null, null, null),
                null, ServiceKind.PRE_LITIGATION_MEDIATION, Urgency.NORMAL, "租房押金不退，希望诉前调解。");
        long[] id = new long[1];
        scenario.stimulate(() -> intake.record(call, List.of()))
                .andWaitForEventOfType(DemandSubmitted.class)
                .toArriveAndVerify((event, submitted) -> {
                    assertThat(event.demandId()).isEqualTo(submitted.id());
                    assertThat(event.court()).isEqualTo(court);
                    assertThat(event.actor()).isEqualTo("office");
                    assertThat(event.channel()).isEqualTo(Channel.HOTLINE_12368);
                    assertThat(event.streetId()).isNull();
                    id[0] = submitted.id();
                });
        assertThat(demands.findById(id[0]).orElseThrow().state()).isEqualTo(DemandState.SUBMITTED);
        return id[0];
    }

    /** One step by one user: the step's event about this demand arrives and passes the checks. */
    <E extends DemandEvent> void step(Scenario scenario, long id, String username, Runnable step, Class<E> type,
                                      Consumer<E> checks) {
        as(username);
        scenario.stimulate(step)
                .andWaitForEventOfType(type)
                .matching(event -> event.demandId() == id && !seen.contains(event))
                .toArriveAndVerify(event -> {
                    seen.add(event);
                    assertThat(event.actor()).isEqualTo(username);
                    checks.accept(event);
                });
    }

    void dispatch(Scenario scenario, long id) {
        step(scenario, id, "office", () -> flow.dispatch(id, version(id), branch()), DemandDispatched.class, event -> {
            assertThat(event.branchId()).isEqualTo(branch());
            assertThat(event.automatic()).isFalse();
        });
    }

    /** 接单, 指派, a call to the requester and the resolution: from a dispatched demand to a resolved one. */
    void handle(Scenario scenario, long id, boolean assigned) {
        if (!assigned) {
            step(scenario, id, "cellleader", () -> flow.accept(id, version(id), null), DemandAccepted.class, event -> {
                assertThat(event.branchId()).isEqualTo(branch());
                assertThat(event.cellId()).isEqualTo(cell());
            });
            step(scenario, id, "cellleader", () -> flow.assign(id, version(id), member()), DemandAssigned.class, event -> {
                assertThat(event.memberId()).isEqualTo(member());
                assertThat(event.previousMemberId()).isNull();
            });
        }
        step(scenario, id, "member", () -> flow.logAction(id, version(id), ActionKind.CALL, 20, "电话联系双方，约定调解时间"),
                DemandActionLogged.class, event -> {
                    assertThat(event.memberId()).isEqualTo(member());
                    assertThat(event.kind()).isEqualTo(ActionKind.CALL);
                    assertThat(event.minutes()).isEqualTo(20);
                });
        step(scenario, id, "member", () -> flow.resolve(id, version(id), Outcome.MEDIATED_AGREEMENT, "双方达成调解协议"),
                DemandResolved.class, event -> {
                    assertThat(event.memberId()).isEqualTo(member());
                    assertThat(event.outcome()).isEqualTo(Outcome.MEDIATED_AGREEMENT);
                });
    }

    void visitAndClose(Scenario scenario, long id) {
        step(scenario, id, "secretary", () -> flow.visit(id, version(id), Satisfaction.SATISFIED, "满意"),
                DemandVisited.class, event -> assertThat(event.satisfaction()).isEqualTo(Satisfaction.SATISFIED));
        step(scenario, id, "secretary", () -> flow.close(id, version(id)), DemandClosed.class,
                event -> assertThat(event.satisfaction()).isEqualTo(Satisfaction.SATISFIED));
    }

    @Test
    void aDemandGoesFromSubmissionToClosingWithOneEventPerStep(Scenario scenario) {
        long id = submit(scenario);
        dispatch(scenario, id);
        handle(scenario, id, false);
        visitAndClose(scenario, id);

        assertThat(demands.findById(id).orElseThrow().state()).isEqualTo(DemandState.CLOSED);
        assertThat(jdbc.sql("select count(*) from notification where link = :link and member_id = :member")
                .param("link", "/demands/" + id).param("member", member()).query(Long.class).single())
                .as("the member was told of the assignment").isEqualTo(1);
    }

    @Test
    void aReturnedDemandIsDispatchedAgainAndAnUnsatisfiedVisitReopensIt(Scenario scenario) {
        long id = submit(scenario);
        dispatch(scenario, id);
        step(scenario, id, "secretary", () -> flow.returnToDispatcher(id, version(id), "不属本庭专业范围"),
                DemandReturned.class, event -> {
                    assertThat(event.fromBranchId()).isEqualTo(branch());
                    assertThat(event.reason()).isEqualTo("不属本庭专业范围");
                });
        assertThat(demands.findById(id).orElseThrow().state()).isEqualTo(DemandState.RETURNED);
        dispatch(scenario, id);
        handle(scenario, id, false);
        step(scenario, id, "secretary", () -> flow.visit(id, version(id), Satisfaction.UNSATISFIED, "押金仍未退还"),
                DemandVisited.class, event -> assertThat(event.satisfaction()).isEqualTo(Satisfaction.UNSATISFIED));
        step(scenario, id, "secretary", () -> flow.reopen(id, version(id), "回访不满意，继续调解"), DemandReopened.class,
                event -> assertThat(event.reason()).isEqualTo("回访不满意，继续调解"));
        assertThat(demands.findById(id).orElseThrow().state()).isEqualTo(DemandState.IN_PROGRESS);
        handle(scenario, id, true);
        visitAndClose(scenario, id);

        assertThat(demands.findById(id).orElseThrow().steps()).extracting(s -> s.kind()).containsExactly(
                StepKind.SUBMITTED, StepKind.DISPATCHED, StepKind.RETURNED, StepKind.DISPATCHED, StepKind.ACCEPTED,
                StepKind.ASSIGNED, StepKind.ACTION, StepKind.RESOLVED, StepKind.VISITED, StepKind.REOPENED,
                StepKind.ACTION, StepKind.RESOLVED, StepKind.VISITED, StepKind.CLOSED);
    }
}
