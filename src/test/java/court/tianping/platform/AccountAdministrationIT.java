package court.tianping.platform;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class AccountAdministrationIT {

    private static final String PASSWORD = "Kaihu2026ab";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long accounts() {
        return id("select count(*) from user_account");
    }

    private MockHttpServletRequestBuilder open(String by, String username, String role, Object... anchor) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", "测试" + username);
        fields.put("role", role);
        fields.put("password", PASSWORD);
        for (int i = 0; i < anchor.length; i += 2) {
            fields.put((String) anchor[i], String.valueOf(anchor[i + 1]));
        }
        MockHttpServletRequestBuilder request = post("/admin/users").with(as(accounts, by)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void thePartyOfficeOpensABranchSecretaryAccountThatSeesOnlyThatBranch() throws Exception {
        long branch = id("select o.id from party_organization o join court c on c.id = o.court_id"
                + " where o.name = '刑事审判庭党支部' and c.name = '北京市西城区人民法院'");
        mvc.perform(open("office", "xingshi.shuji", "BRANCH_SECRETARY", "organizationId", branch))
                .andExpect(flash().attribute("notice", containsString("xingshi.shuji")));
        mvc.perform(formLogin("/login").user("xingshi.shuji").password(PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/members").with(as(accounts, "xingshi.shuji")))
                .andExpect(content().string(containsString("刑事审判庭")))
                .andExpect(content().string(not(containsString("民事审判第一庭党支部"))));
        assertThat(id("select count(*) from audit_log where action = 'user.created' and subject_id = 'xingshi.shuji'"))
                .isEqualTo(1);
    }

    @Test
    void aMemberAccountIsLinkedByIdCardNumber() throws Exception {
        String idCard = jdbc.sql("select m.id_card_no from member m join court c on c.id = m.court_id"
                + " where c.name = '北京市西城区人民法院' order by m.id desc limit 1").query(String.class).single();
        mvc.perform(open("office", "benren", "MEMBER", "idCardNo", idCard))
                .andExpect(flash().attributeExists("notice"));
        mvc.perform(get("/members").with(as(accounts, "benren"))).andExpect(content().string(containsString("共 1 条")));
    }

    @Test
    void badAccountsAreRefusedAndNothingIsOpened() throws Exception {
        long before = accounts();
        long dongcheng = id("select id from court where name = '北京市东城区人民法院'");
        long foreignBranch = id("select min(o.id) from party_organization o where o.type = 'BRANCH' and o.court_id = " + dongcheng);
        mvc.perform(open("office", "x", "COURT_LEADER", "courtId", dongcheng))
                .andExpect(flash().attribute("error", containsString("用户名须为")));
        mvc.perform(open("office", "dongcheng.leader", "COURT_LEADER", "courtId", dongcheng))
                .andExpect(flash().attribute("error", containsString("管理范围内的法院")));
        mvc.perform(open("office", "dongcheng.secretary", "BRANCH_SECRETARY", "organizationId", foreignBranch))
                .andExpect(flash().attribute("error", containsString("党支部或党小组")));
        mvc.perform(open("office", "new.admin", "PLATFORM_ADMIN"))
                .andExpect(flash().attribute("error", containsString("不能开设")));
        mvc.perform(open("office", "ghost.member", "MEMBER", "idCardNo", "110101199001010011"))
                .andExpect(flash().attribute("error", containsString("未找到该身份证号")));
        mvc.perform(open("office", "admin", "DISCIPLINE_OFFICER", "courtId",
                        id("select id from court where name = '北京市西城区人民法院'")))
                .andExpect(flash().attribute("error", containsString("已存在")));
        mvc.perform(open("office", "weak.password", "DISCIPLINE_OFFICER", "courtId",
                        id("select id from court where name = '北京市西城区人民法院'"), "password", "123"))
                .andExpect(flash().attribute("error", containsString("至少 8 位")));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aDisabledAccountCannotSignInAndALockedOneIsUnlocked() throws Exception {
        long court = id("select id from court where name = '北京市西城区人民法院'");
        mvc.perform(open("office", "tingzhang", "COURT_LEADER", "courtId", court));
        long account = id("select id from user_account where username = 'tingzhang'");
        mvc.perform(post("/admin/users/" + account + "/enabled").param("enabled", "false").with(as(accounts, "office")).with(csrf()))
                .andExpect(flash().attribute("notice", containsString("已停用")));
        mvc.perform(formLogin("/login").user("tingzhang").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/admin/users/" + account + "/enabled").param("enabled", "true").with(as(accounts, "office")).with(csrf()));
        mvc.perform(formLogin("/login").user("tingzhang").password(PASSWORD)).andExpect(redirectedUrl("/"));

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("tingzhang").password("wrong"));
        }
        mvc.perform(formLogin("/login").user("tingzhang").password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(post("/admin/users/" + account + "/unlock").with(as(accounts, "office")).with(csrf()))
                .andExpect(flash().attribute("notice", containsString("已解锁")));
        mvc.perform(formLogin("/login").user("tingzhang").password(PASSWORD)).andExpect(redirectedUrl("/"));

        mvc.perform(post("/admin/users/" + account + "/password").param("password", "Xinmima2027").with(as(accounts, "office"))
                .with(csrf())).andExpect(flash().attribute("notice", containsString("密码已重设")));
        mvc.perform(formLogin("/login").user("tingzhang").password("Xinmima2027")).andExpect(redirectedUrl("/"));
    }

    @Test
    void anOfficeManagesOnlyAccountsOfItsCourt() throws Exception {
        long admin = id("select id from user_account where username = 'admin'");
        mvc.perform(get("/admin/users").with(as(accounts, "office")))
                .andExpect(content().string(containsString("secretary")))
                .andExpect(content().string(not(containsString("高院信息技术处"))));
        mvc.perform(post("/admin/users/" + admin + "/enabled").param("enabled", "false").with(as(accounts, "office")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("未找到")));
        assertThat(jdbc.sql("select enabled from user_account where username = 'admin'").query(Boolean.class).single()).isTrue();
    }
}
