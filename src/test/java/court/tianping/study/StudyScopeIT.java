package court.tianping.study;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A branch never sees another branch's study records; a member sees only their own. */
@IntegrationTest
class StudyScopeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    StudySteps steps;
    String ownPath;

    @BeforeEach
    void setUp() {
        steps = new StudySteps(mvc, accounts, jdbc);
        ownPath = jdbc.sql("select path from party_organization where id = :id").param("id", steps.secretaryBranch())
                .query(String.class).single();
    }

    private long sessionOf(long branch) {
        return jdbc.sql("select max(id) from study_session where organization_id = :b and state = 'HELD'").param("b", branch)
                .query(Long.class).single();
    }

    @Test
    void aBranchSecretarySeesTheirBranchsSessionsAndNoOtherBranchs() throws Exception {
        long foreign = sessionOf(steps.branchNamed("刑事审判庭党支部"));
        long own = sessionOf(steps.secretaryBranch());
        mvc.perform(get("/study/sessions/{id}", foreign).with(as(accounts, "secretary"))).andExpect(status().isNotFound());
        mvc.perform(get("/study/sessions/{id}", own).with(as(accounts, "secretary"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/study/sessions/{id}", foreign).with(as(accounts, "secretary"))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/study?from=2000-01-01").with(as(accounts, "secretary"))).andReturn().getResponse().getContentAsString();
        long shown = Long.parseLong(list.replaceAll("(?s).*data-testid=\"session-total\">共 (\\d+) 条.*", "$1"));
        long ownCount = jdbc.sql("select count(*) from study_session where organization_path like :p").param("p", ownPath + "%")
                .query(Long.class).single();
        assertThat(shown).isEqualTo(ownCount).isPositive();
    }

    @Test
    void aBranchSecretaryCannotRecordOrFollowUpForAnotherBranch() throws Exception {
        long foreignBranch = steps.branchNamed("刑事审判庭党支部");
        long before = steps.count("study_session");
        LocalDateTime earlier = LocalDate.now().minusDays(1).atTime(9, 0);
        String page = steps.plan("secretary", "JOINT_STUDY", foreignBranch, "越权登记", earlier, earlier.plusHours(1))
                .getResponse().getContentAsString();
        assertThat(page).contains("的组织，或不在您的范围内");
        assertThat(steps.count("study_session")).isEqualTo(before);
        long inspection = jdbc.sql("select max(id) from study_inspection where organization_id <> :b and state = 'INSPECTED'")
                .param("b", steps.secretaryBranch()).query(Long.class).single();
        mvc.perform(post("/study/inspections/{id}/follow-up", inspection).with(as(accounts, "secretary")).with(csrf())
                .param("version", "0").param("finding", "0").param("followUp", "越权整改")).andExpect(status().isNotFound());
        mvc.perform(get("/study/inspections/{id}", inspection).with(as(accounts, "secretary"))).andExpect(status().isNotFound());
    }

    @Test
    void aMemberSeesOnlyTheSessionsTheyAttendedAndTheirOwnTrainingChain() throws Exception {
        long member = steps.memberOf("member");
        long attended = jdbc.sql("select max(study_session) from study_attendance where member_id = :m").param("m", member)
                .query(Long.class).single();
        long notAttended = jdbc.sql("""
                select max(s.id) from study_session s where not exists
                (select 1 from study_attendance a where a.study_session = s.id and a.member_id = :m)""").param("m", member)
                .query(Long.class).single();
        mvc.perform(get("/study/sessions/{id}", attended).with(as(accounts, "member"))).andExpect(status().isOk());
        mvc.perform(get("/study/sessions/{id}", notAttended).with(as(accounts, "member"))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/study?from=2000-01-01").with(as(accounts, "member"))).andReturn().getResponse().getContentAsString();
        long shown = Long.parseLong(list.replaceAll("(?s).*data-testid=\"session-total\">共 (\\d+) 条.*", "$1"));
        assertThat(shown).isEqualTo(jdbc.sql("select count(*) from study_attendance where member_id = :m").param("m", member)
                .query(Long.class).single());
        long other = steps.memberOf("cellleader");
        mvc.perform(get("/study/members/{id}/training", member).with(as(accounts, "member"))).andExpect(status().isOk());
        mvc.perform(get("/study/members/{id}/training", other).with(as(accounts, "member"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/study/members/{id}/training", other).with(as(accounts, "member"))).andExpect(status().isNotFound());
        mvc.perform(get("/study/hours").with(as(accounts, "member"))).andExpect(status().isForbidden());
        mvc.perform(get("/study/inspections/{id}", jdbc.sql("select max(id) from study_inspection").query(Long.class).single())
                .with(as(accounts, "member"))).andExpect(status().isNotFound());
    }

    @Test
    void aMembersOwnPageShowsTheirHoursStageAndSessions() throws Exception {
        long member = steps.memberOf("member");
        int year = LocalDate.now().getYear();
        long minutes = jdbc.sql("""
                select coalesce(sum(s.minutes), 0) from study_attendance a join study_session s on s.id = a.study_session
                where a.member_id = :m and s.state = 'HELD' and s.starts_at >= :from and s.starts_at < :to""")
                .param("m", member).param("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay()).query(Long.class).single();
        long classMinutes = jdbc.sql("""
                select coalesce(sum(c.hours * 60), 0) from training_enrolment e join training_class c on c.id = e.training_class
                where e.member_id = :m and e.completed_on >= :from and e.completed_on <= :to""").param("m", member)
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31)).query(Long.class).single();
        String page = mvc.perform(get("/study/mine").with(as(accounts, "member"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String hours = new java.math.BigDecimal(minutes + classMinutes).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat(page).contains("data-testid=\"my-hours\">" + hours + "<").contains("当前阶段");
        List<String> titles = jdbc.sql("""
                select s.title from study_session s join study_attendance a on a.study_session = s.id
                where a.member_id = :m order by s.starts_at desc limit 1""").param("m", member).query(String.class).list();
        assertThat(page).contains(titles.get(0));
    }
}
