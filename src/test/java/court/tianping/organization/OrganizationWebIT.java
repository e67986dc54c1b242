package court.tianping.organization;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganizationWebIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long organizations() {
        return id("select count(*) from party_organization");
    }

    private MockHttpServletRequestBuilder create(long parent, String name, String type, String nature) {
        return create("office", parent, name, type, nature);
    }

    private MockHttpServletRequestBuilder create(String user, long parent, String name, String type, String nature) {
        return post("/organizations").with(as(accounts, user)).with(csrf()).param("parentId", Long.toString(parent))
                .param("name", name).param("type", type).param("nature", nature);
    }

    @Test
    void theTreeOfTheMainCourtShowsItsBranchesAndGroups() throws Exception {
        long court = id("select id from court where name = '北京市西城区人民法院'");
        mvc.perform(get("/organizations").with(as(accounts, "admin")).param("court", Long.toString(court)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("司法职能型 22 个")))
                .andExpect(content().string(containsString("党小组 107 个")))
                .andExpect(content().string(containsString("非首都功能疏解临时党支部")));
    }

    @Test
    void theHomePageShowsFiguresComputedFromTheRecords() throws Exception {
        long members = id("select count(*) from member m join court c on c.id = m.court_id where c.name = '北京市西城区人民法院'");
        mvc.perform(get("/").with(as(accounts, "office")))
                .andExpect(content().string(containsString("data-testid=\"figure-members\">" + members + "<")))
                .andExpect(content().string(containsString("data-testid=\"figure-cells\">107<")));
    }

    @Test
    void aBranchSecretarySeesOnlyTheirBranchInTheTree() throws Exception {
        mvc.perform(get("/organizations").with(as(accounts, "secretary")))
                .andExpect(content().string(containsString("民事审判第一庭党支部")))
                .andExpect(content().string(not(containsString("刑事审判庭党支部"))));
        long other = id("select min(id) from party_organization where name = '刑事审判庭党支部'");
        mvc.perform(get("/organizations/" + other).with(as(accounts, "secretary"))).andExpect(status().isNotFound());
    }

    @Test
    void thePartyOfficeAddsAGroupToABranch() throws Exception {
        long branch = id("select o.id from party_organization o join court c on c.id = o.court_id"
                + " where o.name = '立案庭党支部' and c.name = '北京市东城区人民法院'");
        mvc.perform(create("admin", branch, "立案庭征收拆迁审判团队党小组", "CELL", "FUNCTIONAL"))
                .andExpect(redirectedUrlPattern("/organizations/*"));
        assertThat(id("select count(*) from party_organization where name = '立案庭征收拆迁审判团队党小组' and parent_id = " + branch))
                .isEqualTo(1);
    }

    @Test
    void aGroupCannotHangUnderTheOrganCommittee() throws Exception {
        long committee = id("select id from party_organization where name = '中共北京市西城区人民法院机关委员会'");
        long before = organizations();
        mvc.perform(create(committee, "悬空党小组", "CELL", "FUNCTIONAL"))
                .andExpect(content().string(containsString("党小组必须隶属于一个党支部")));
        assertThat(organizations()).isEqualTo(before);
    }

    @Test
    void aTemporaryOrganisationMustEndAfterItStarts() throws Exception {
        long committee = id("select id from party_organization where name = '中共北京市西城区人民法院机关委员会'");
        long before = organizations();
        mvc.perform(create(committee, "专项执行临时党支部", "BRANCH", "TEMPORARY").param("task", "专项执行")
                        .param("startsOn", "2026-05-01").param("endsOn", "2026-04-01"))
                .andExpect(content().string(containsString("撤销日期必须晚于成立日期")));
        mvc.perform(create(committee, "专项执行临时党支部", "BRANCH", "TEMPORARY")
                        .param("startsOn", "2026-05-01").param("endsOn", "2026-09-01"))
                .andExpect(content().string(containsString("须写明所承担的任务")));
        assertThat(organizations()).isEqualTo(before);
    }

    @Test
    void organisationNamesAreUniqueWithinACourt() throws Exception {
        long committee = id("select id from party_organization where name = '中共北京市西城区人民法院机关委员会'");
        long before = organizations();
        mvc.perform(create(committee, "立案庭党支部", "BRANCH", "FUNCTIONAL"))
                .andExpect(content().string(containsString("本院已有名为")));
        assertThat(organizations()).isEqualTo(before);
    }

    @Test
    void onlyThePartyOfficeAndTheAdminEditOrganisations() throws Exception {
        long branch = id("select min(id) from party_organization where name = '民事审判第一庭党支部'");
        mvc.perform(get("/organizations/" + branch + "/edit").with(as(accounts, "secretary"))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + branch + "/edit").with(as(accounts, "office"))).andExpect(status().isOk());
    }
}
