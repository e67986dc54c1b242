package court.tianping.organization;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DepartmentWebIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private long court(String name) {
        return jdbc.sql("select id from court where name = :n").param("n", name).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void thePartyOfficeAddsADepartmentAndATrialTeam() throws Exception {
        long xicheng = court("北京市西城区人民法院");
        mvc.perform(post("/departments").with(as(accounts, "office")).with(csrf()).param("courtId", Long.toString(xicheng))
                        .param("name", "环境资源审判庭").param("kind", "TRIAL"))
                .andExpect(flash().attribute("notice", containsString("环境资源审判庭")));
        long department = jdbc.sql("select id from department where court_id = :c and name = '环境资源审判庭'")
                .param("c", xicheng).query(Long.class).single();
        mvc.perform(post("/departments/teams").with(as(accounts, "office")).with(csrf())
                        .param("departmentId", Long.toString(department)).param("name", "生态修复审判团队"))
                .andExpect(flash().attribute("notice", containsString("生态修复审判团队")));
        mvc.perform(get("/departments").with(as(accounts, "office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("环境资源审判庭")))
                .andExpect(content().string(containsString("生态修复审判团队")));
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('department.created', 'trial-team.created')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void duplicateOrBlankNamesChangeNothing() throws Exception {
        long xicheng = court("北京市西城区人民法院");
        long departments = count("department");
        mvc.perform(post("/departments").with(as(accounts, "office")).with(csrf()).param("courtId", Long.toString(xicheng))
                        .param("name", "立案庭").param("kind", "FILING"))
                .andExpect(flash().attribute("error", containsString("本院已有名为“立案庭”的部门")));
        mvc.perform(post("/departments").with(as(accounts, "office")).with(csrf()).param("courtId", Long.toString(xicheng))
                        .param("name", "  ").param("kind", "FILING"))
                .andExpect(flash().attribute("error", containsString("不能为空")));
        long teams = count("trial_team");
        long filing = jdbc.sql("select id from department where court_id = :c and name = '立案庭'").param("c", xicheng)
                .query(Long.class).single();
        String existing = jdbc.sql("select min(name) from trial_team where department_id = :d").param("d", filing)
                .query(String.class).single();
        mvc.perform(post("/departments/teams").with(as(accounts, "office")).with(csrf())
                        .param("departmentId", Long.toString(filing)).param("name", existing))
                .andExpect(flash().attribute("error", containsString("已有名为")));
        assertThat(count("department")).isEqualTo(departments);
        assertThat(count("trial_team")).isEqualTo(teams);
    }

    @Test
    void anotherCourtIsOutOfTheOfficesScope() throws Exception {
        long dongcheng = court("北京市东城区人民法院");
        long departments = count("department");
        mvc.perform(post("/departments").with(as(accounts, "office")).with(csrf()).param("courtId", Long.toString(dongcheng))
                        .param("name", "越权庭").param("kind", "TRIAL"))
                .andExpect(flash().attribute("error", containsString("不在您的管理范围内")));
        long foreignDepartment = jdbc.sql("select min(id) from department where court_id = :c").param("c", dongcheng)
                .query(Long.class).single();
        mvc.perform(post("/departments/teams").with(as(accounts, "office")).with(csrf())
                        .param("departmentId", Long.toString(foreignDepartment)).param("name", "越权团队"))
                .andExpect(flash().attribute("error", containsString("不在您的管理范围内")));
        assertThat(count("department")).isEqualTo(departments);
    }
}
