package court.tianping.life;

import court.tianping.IntegrationTest;
import court.tianping.platform.NewUserAccount;
import court.tianping.platform.Role;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope of organisational life: a branch never sees another branch's meetings, in lists, pages, files
 * or the API, nor its compliance calendar; a member sees the meetings they were expected at; the
 * publication board belongs to the whole court, and to that court only.
 */
@IntegrationTest
class LifeScopeIT {

    private static final String OTHER_SECRETARY = "secretary-criminal";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    LifeCalls calls;

    @BeforeEach
    void otherBranchsSecretary() {
        calls = new LifeCalls(mvc, accounts, jdbc);
        if (accounts.findByUsername(OTHER_SECRETARY).isEmpty()) {
            long branch = calls.otherBranch();
            long court = jdbc.sql("select court_id from party_organization where id = :o").param("o", branch).query(Long.class).single();
            long member = jdbc.sql("select min(id) from member where organization_id = :o").param("o", branch).query(Long.class).single();
            accounts.create(new NewUserAccount(OTHER_SECRETARY, "Tianping@2026", "刑事庭书记", Role.BRANCH_SECRETARY, court, branch, member));
        }
    }

    @Test
    void aBranchNeverSeesAnotherBranchsMeetings() throws Exception {
        long meeting = calls.planCommittee("secretary", calls.ownBranch(), "民一庭支委会：研究审判团队分工");
        mvc.perform(get("/life/meetings").with(as(accounts, "secretary"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("民一庭支委会：研究审判团队分工")));
        mvc.perform(get("/life/meetings").with(as(accounts, OTHER_SECRETARY))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("民一庭支委会：研究审判团队分工"))));
        mvc.perform(get("/life/meetings/{id}", meeting).with(as(accounts, OTHER_SECRETARY))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/life/meetings/{id}", meeting).with(as(accounts, OTHER_SECRETARY))).andExpect(status().isNotFound());
        mvc.perform(post("/life/meetings/{id}/cancel", meeting).with(as(accounts, OTHER_SECRETARY)).with(csrf())
                .param("version", Integer.toString(calls.version(meeting))).param("reason", "越权取消")).andExpect(status().isNotFound());
        assertThat(calls.state(meeting)).isEqualTo("PLANNED");
        mvc.perform(get("/life/compliance/{id}", calls.ownBranch()).with(as(accounts, OTHER_SECRETARY))).andExpect(status().isNotFound());
        mvc.perform(get("/life/compliance/{id}", calls.otherBranch()).with(as(accounts, OTHER_SECRETARY))).andExpect(status().isOk());

        long listedForOther = jdbc.sql("select count(*) from meeting_host h where h.organization_id = :o").param("o", calls.ownBranch())
                .query(Long.class).single();
        assertThat(listedForOther).isPositive();
        mvc.perform(get("/api/v1/life/meetings").param("organization", Long.toString(calls.ownBranch()))
                        .with(as(accounts, OTHER_SECRETARY)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/life/meetings").param("organization", Long.toString(calls.ownBranch()))
                        .with(as(accounts, "office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value((int) listedForOther));
    }

    @Test
    void aMemberSeesTheMeetingsTheyWereExpectedAtAndNoOthers() throws Exception {
        long member = accounts.findByUsername("member").orElseThrow().memberId();
        long own = calls.planCommittee("secretary", calls.ownBranch(), "民一庭支委会：党员大会筹备");
        boolean onRoster = calls.roster(own).contains(member);
        long other = calls.planCommittee(OTHER_SECRETARY, calls.otherBranch(), "刑庭支委会：案件评查");
        mvc.perform(get("/life/meetings/{id}", other).with(as(accounts, "member"))).andExpect(status().isNotFound());
        mvc.perform(get("/life/meetings/{id}", own).with(as(accounts, "member")))
                .andExpect(onRoster ? status().isOk() : status().isNotFound());
        mvc.perform(get("/life/mine").with(as(accounts, "member"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("刑庭支委会：案件评查"))))
                .andExpect(content().string(containsString("本人出席情况")));
        long mine = jdbc.sql("select count(*) from meeting_attendee where member_id = :m").param("m", member).query(Long.class).single();
        mvc.perform(get("/api/v1/life/meetings").param("size", "200").with(as(accounts, "member")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value((int) mine));
    }

    @Test
    void theBoardIsTheWholeCourtsAndOnlyItsCourts() throws Exception {
        long foreign = jdbc.sql("""
                        select min(p.id) from publication p join court c on c.id = p.court_id
                        where c.name <> '北京市西城区人民法院'""").query(Long.class).single();
        long own = jdbc.sql("""
                        select min(p.id) from publication p join court c on c.id = p.court_id
                        where c.name = '北京市西城区人民法院'""").query(Long.class).single();
        mvc.perform(get("/life/publications/{id}", own).with(as(accounts, OTHER_SECRETARY))).andExpect(status().isOk());
        mvc.perform(get("/life/publications/{id}", own).with(as(accounts, "member"))).andExpect(status().isOk());
        mvc.perform(get("/life/publications/{id}", foreign).with(as(accounts, "secretary"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/life/publications").with(as(accounts, "member")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].courtId").exists());
    }

    @Test
    void theCitySeesItsComplianceCourtByCourtAndACourtOnlyItsOwn() throws Exception {
        long xicheng = jdbc.sql("select id from court where name = '北京市西城区人民法院'").query(Long.class).single();
        long dongcheng = jdbc.sql("select id from court where name = '北京市东城区人民法院'").query(Long.class).single();
        String xichengBranch = jdbc.sql("select min(name) from party_organization where court_id = :c and type = 'BRANCH'")
                .param("c", xicheng).query(String.class).single();
        String dongchengBranch = jdbc.sql("select min(name) from party_organization where court_id = :c and type = 'BRANCH'")
                .param("c", dongcheng).query(String.class).single();

        mvc.perform(get("/life/compliance").with(as(accounts, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"court-" + xicheng + "\"")))
                .andExpect(content().string(containsString("data-testid=\"court-" + dongcheng + "\"")))
                .andExpect(content().string(not(containsString(xichengBranch))));
        mvc.perform(get("/life/compliance").param("court", Long.toString(dongcheng)).with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(dongchengBranch)))
                .andExpect(content().string(not(containsString(xichengBranch))));

        mvc.perform(get("/life/compliance").with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(xichengBranch)))
                .andExpect(content().string(not(containsString("data-testid=\"court-table\""))));
        mvc.perform(get("/life/compliance").param("court", Long.toString(dongcheng)).with(as(accounts, "office")))
                .andExpect(status().isNotFound());
    }
}
