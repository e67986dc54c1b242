package court.tianping.platform;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.util.UUID;

import static court.tianping.Logins.as;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityIT {

    private static final String PASSWORD = "Secret2026x";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private String newAccount(Role role) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUserAccount(username, PASSWORD, "测试用户", role, null, null, null));
        return username;
    }

    @Test
    void anonymousUsersReachOnlyTheLoginPageAndPublicAssets() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("登录")));
        mvc.perform(get("/assets/css/tianping.css")).andExpect(status().isOk());
        mvc.perform(get("/assets/js/tianping.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyThePlatformAdminReadsMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(as(accounts, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory")));
        mvc.perform(get("/actuator/prometheus").with(as(accounts, "office"))).andExpect(status().isForbidden());
    }

    @Test
    void signsInWithTheRightPasswordOnly() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("Tianping@2026")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("admin").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void locksTheAccountAfterFiveFailuresWithinFifteenMinutes() throws Exception {
        String username = newAccount(Role.MEMBER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("账户已锁定")));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'user.locked' and subject_id = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1);

        jdbc.sql("update user_account set locked_until = :past where username = :u")
                .param("past", LocalDateTime.now().minusMinutes(1)).param("u", username).update();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOneAndAStrongNewOne() throws Exception {
        String username = newAccount(Role.MEMBER);
        mvc.perform(post("/account/password").with(as(accounts, username)).with(csrf())
                        .param("currentPassword", "wrong").param("newPassword", "Better2027y").param("confirmation", "Better2027y"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/account/password").with(as(accounts, username)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "short1").param("confirmation", "short1"))
                .andExpect(content().string(containsString("至少 8 位")));
        mvc.perform(post("/account/password").with(as(accounts, username)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "Better2027y").param("confirmation", "Other2027y"))
                .andExpect(content().string(containsString("不一致")));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));

        mvc.perform(post("/account/password").with(as(accounts, username)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "Better2027y").param("confirmation", "Better2027y"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(username).password("Better2027y")).andExpect(redirectedUrl("/"));
    }

    @Test
    void rejectsAFormPostWithoutTheCsrfToken() throws Exception {
        String username = newAccount(Role.MEMBER);
        mvc.perform(post("/account/password").with(as(accounts, username))
                        .param("currentPassword", PASSWORD).param("newPassword", "Better2027y").param("confirmation", "Better2027y"))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdminCreatesAndRevokesApiTokens() throws Exception {
        String token = (String) mvc.perform(post("/admin/tokens").with(as(accounts, "admin")).with(csrf())
                        .param("name", "12345 接诉即办").param("username", "office"))
                .andExpect(redirectedUrl("/admin/tokens"))
                .andReturn().getFlashMap().get("createdToken");
        assertThat(token).startsWith("tp_");
        mvc.perform(get("/members").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/members").header("Authorization", "Bearer tp_unknown")).andExpect(status().is3xxRedirection());

        long id = jdbc.sql("select id from api_token where name = '12345 接诉即办' and revoked_at is null")
                .query(Long.class).single();
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(as(accounts, "admin")).with(csrf()))
                .andExpect(flash().attributeExists("notice"));
        mvc.perform(get("/members").header("Authorization", "Bearer " + token)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(as(accounts, "admin")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("已吊销")));
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('token.created', 'token.revoked')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTokenNeedsANameAndAnExistingAccount() throws Exception {
        long before = jdbc.sql("select count(*) from api_token").query(Long.class).single();
        mvc.perform(post("/admin/tokens").with(as(accounts, "admin")).with(csrf()).param("name", "").param("username", "office"))
                .andExpect(flash().attribute("error", containsString("令牌名称不能为空")));
        mvc.perform(post("/admin/tokens").with(as(accounts, "admin")).with(csrf()).param("name", "x").param("username", "ghost"))
                .andExpect(flash().attribute("error", containsString("不存在")));
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void refusedAndMissingPagesSayWhatHappened() throws Exception {
        mvc.perform(get("/error").with(as(accounts, "secretary")).accept(org.springframework.http.MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 403))
                .andExpect(content().string(containsString("您没有执行此操作的权限")));
        mvc.perform(get("/error").with(as(accounts, "secretary")).accept(org.springframework.http.MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 404))
                .andExpect(content().string(containsString("没有这个页面")));
    }

    @Test
    void onlyTheAdminManagesTokens() throws Exception {
        mvc.perform(get("/admin/tokens").with(as(accounts, "office"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens").with(as(accounts, "office")).with(csrf()).param("name", "x").param("username", "office"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theInterfaceSpeaksChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/").with(as(accounts, "office")).header("Accept-Language", "en-US"))
                .andExpect(content().string(containsString("组织概况")));
        mvc.perform(get("/").with(as(accounts, "office")).param("lang", "en"))
                .andExpect(content().string(containsString("Organisation at a glance")));
    }
}
