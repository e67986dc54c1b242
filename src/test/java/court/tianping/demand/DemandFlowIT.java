package court.tianping.demand;

import court.tianping.IntegrationTest;
import court.tianping.demand.application.DemandEscalation;
import court.tianping.demand.application.DemandFlow;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.platform.Role;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The flow through the staff pages by the demo roles, with the events and audit it leaves, and its rules under load. */
@IntegrationTest
class DemandFlowIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemandRepository demands;
    @Autowired
    DemandFlow flow;
    @Autowired
    ApplicationContext context;

    DemandSteps steps;

    @BeforeEach
    void setUp() {
        steps = new DemandSteps(mvc, accounts, jdbc, demands);
    }

    long xicheng() {
        return steps.xicheng();
    }

    long ownBranch() {
        return accounts.findByUsername("secretary").orElseThrow().organizationId();
    }

    long recordCall(String description) throws Exception {
        return steps.recordCall(description);
    }

    int version(long id) {
        return steps.version(id);
    }

    void step(String user, long id, String step, String... params) throws Exception {
        steps.step(user, id, step, params);
    }

    @Test
    void takesACallThroughTheWholeFlowAcrossTheRoles() throws Exception {
        long id = recordCall("楼上漏水，协商未果，请法官上门调解。");
        Demand dispatched = demands.findById(id).orElseThrow();
        assertThat(dispatched.state()).isEqualTo(DemandState.DISPATCHED);
        assertThat(dispatched.branchId()).isEqualTo(ownBranch());

        step("cellleader", id, "accept");
        long member = accounts.findByUsername("member").orElseThrow().memberId();
        step("cellleader", id, "assign", "member", Long.toString(member));
        step("member", id, "actions", "kind", "CALL", "minutes", "15", "note", "电话联系当事人");
        step("member", id, "actions", "kind", "MEDIATION_SESSION", "minutes", "90", "note", "组织双方调解");
        step("member", id, "resolve", "outcome", "MEDIATED_AGREEMENT", "note", "达成调解协议");
        step("secretary", id, "visit", "satisfaction", "SATISFIED", "comment", "满意");
        step("secretary", id, "close");

        Demand closed = demands.findById(id).orElseThrow();
        assertThat(closed.state()).isEqualTo(DemandState.CLOSED);
        assertThat(closed.memberId()).isEqualTo(member);
        assertThat(closed.steps()).extracting(s -> s.kind()).containsExactly(StepKind.SUBMITTED, StepKind.DISPATCHED,
                StepKind.ACCEPTED, StepKind.ASSIGNED, StepKind.ACTION, StepKind.ACTION, StepKind.RESOLVED,
                StepKind.VISITED, StepKind.CLOSED);
        List<String> audited = jdbc.sql("select action from audit_log where subject_type = 'demand' and subject_id = :id order by id")
                .param("id", Long.toString(id)).query(String.class).list();
        assertThat(audited).containsExactly("demand.submitted", "demand.dispatched", "demand.accepted", "demand.assigned",
                "demand.action-logged", "demand.action-logged", "demand.resolved", "demand.visited", "demand.closed");
        long notified = jdbc.sql("select count(*) from notification where link = :link and member_id = :m")
                .param("link", "/demands/" + id).param("m", member).query(Long.class).single();
        assertThat(notified).isEqualTo(1);
    }

    @Test
    void anIllegalStepIsRefusedWithAMessageAndChangesNothing() throws Exception {
        long id = recordCall("邻居堆放杂物堵塞通道。");
        int before = version(id);
        mvc.perform(post("/demands/{id}/resolve", id).with(as(accounts, "cellleader")).with(csrf())
                        .param("version", Integer.toString(before)).param("outcome", "ADVICE_GIVEN").param("note", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("failure", org.hamcrest.Matchers.containsString("不能办结")));
        assertThat(version(id)).isEqualTo(before);
        assertThat(demands.findById(id).orElseThrow().state()).isEqualTo(DemandState.DISPATCHED);
    }

    @Test
    void aStaleVersionLosesNothingOfTheOtherUpdate() throws Exception {
        long id = recordCall("物业拒修漏水管道。");
        int seen = version(id);
        step("cellleader", id, "accept");
        mvc.perform(post("/demands/{id}/return", id).with(as(accounts, "secretary")).with(csrf())
                        .param("version", Integer.toString(seen)).param("reason", "非本庭辖区"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("failure", org.hamcrest.Matchers.containsString("已被他人修改")));
        assertThat(demands.findById(id).orElseThrow().state()).isEqualTo(DemandState.ACCEPTED);
    }

    @Test
    void twoGroupLeadersAcceptingAtOnceLeaveExactlyOneAcceptance() throws Exception {
        long id = recordCall("两个党小组同时接单。");
        long branch = ownBranch();
        List<Long> cells = jdbc.sql("select id from party_organization where parent_id = :b and type = 'CELL' order by id")
                .param("b", branch).query(Long.class).list();
        int version = version(id);
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Long> winners = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            long cell = cells.get(i);
            TianpingUser leader = new TianpingUser(-10 - i, "leader-of-" + cell, "组长", Role.CELL_LEADER, xicheng(), cell, null);
            pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.authorities()));
                try {
                    start.await();
                    flow.accept(id, version, null);
                    winners.add(cell);
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(winners).hasSize(1);
        assertThat(failures).hasSize(1);
        Demand accepted = demands.findById(id).orElseThrow();
        assertThat(accepted.cellId()).isEqualTo(winners.get(0));
        assertThat(accepted.steps()).filteredOn(s -> s.kind() == StepKind.ACCEPTED).hasSize(1);
    }

    @Test
    void aBranchSeesOnlyItsOwnDemandsAndAPartnerOnlyItsOrders() throws Exception {
        long foreign = jdbc.sql("select max(id) from demand where branch_id is not null and branch_id <> :b and court_id = :c")
                .param("b", ownBranch()).param("c", xicheng()).query(Long.class).single();
        mvc.perform(get("/demands/{id}", foreign).with(as(accounts, "secretary"))).andExpect(status().isNotFound());
        mvc.perform(get("/demands/{id}", foreign).with(as(accounts, "partner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/demands/{id}", foreign).with(as(accounts, "cellleader"))).andExpect(status().isNotFound());
        mvc.perform(get("/demands/{id}", foreign).with(as(accounts, "office"))).andExpect(status().isOk());
        long partnerOrders = jdbc.sql("select count(*) from demand where placed_by = 'partner'").query(Long.class).single();
        mvc.perform(get("/api/v1/demands").with(as(accounts, "partner")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"totalElements\":" + partnerOrders)));
    }

    @Test
    void listsShowTheRequesterMasked() throws Exception {
        recordCall("掩码测试。");
        mvc.perform(get("/demands").param("queue", "ALL").with(as(accounts, "office")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("139****2222")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13911112222"))));
    }

    @Test
    void theDetailShowsTheRequesterInFullOnlyToThoseWhoHandleTheDemand() throws Exception {
        long id = recordCall("个人信息测试：只有经办人看到完整电话。");
        mvc.perform(get("/demands/{id}", id).with(as(accounts, "office")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("13911112222")));
        mvc.perform(get("/demands/{id}", id).with(as(accounts, "leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("139****2222")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13911112222"))));

        step("cellleader", id, "accept");
        mvc.perform(get("/demands/{id}", id).with(as(accounts, "member")))
                .andExpect(status().isNotFound());
        step("cellleader", id, "assign", "member", Long.toString(accounts.findByUsername("member").orElseThrow().memberId()));
        mvc.perform(get("/demands/{id}", id).with(as(accounts, "member")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("13911112222")));
    }

    @Test
    void theEscalationJobEscalatesOverdueStepsUnderAMovedClock() throws Exception {
        long id = recordCall("督办测试：长期无人接单。");
        Clock later = Clock.offset(context.getBean(Clock.class), Duration.ofDays(20));
        DemandEscalation job = new DemandEscalation(jdbc, demands,
                context.getBean(court.tianping.demand.domain.DeadlinePolicy.class),
                context.getBean(court.tianping.demand.application.TimeLimitSettings.class),
                context.getBean(org.springframework.transaction.support.TransactionTemplate.class), later);
        assertThat(job.escalateOverdue()).isPositive();

        Demand escalated = demands.findById(id).orElseThrow();
        assertThat(escalated.deadline(DeadlineStep.ACCEPT).orElseThrow().escalationLevel()).isEqualTo(2);
        assertThat(escalated.steps()).anyMatch(s -> s.kind() == StepKind.ESCALATED);
        long toOffice = jdbc.sql("select count(*) from notification where link = :link and role = 'PARTY_OFFICE'"
                        + " and message_key = 'notice.demand.escalated'")
                .param("link", "/demands/" + id).query(Long.class).single();
        assertThat(toOffice).isPositive();
        assertThat(job.escalateOverdue()).as("nothing is escalated twice").isZero();
    }
}
