package court.tianping.platform;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static court.tianping.Logins.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditLogIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void thePartyOfficeFiltersTheAuditLogOfItsOwnCourt() throws Exception {
        long xichengOrganizations = jdbc.sql("select count(*) from party_organization o join court c on c.id = o.court_id"
                + " where c.name = '北京市西城区人民法院'").query(Long.class).single();
        mvc.perform(get("/audit").with(as(accounts, "office")).param("action", "organization.created").param("actor", "demo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 " + xichengOrganizations + " 条")))
                .andExpect(content().string(containsString("organization.created")))
                .andExpect(content().string(not(containsString("member.created"))));
        mvc.perform(get("/audit").with(as(accounts, "office")).param("subjectType", "organization").param("subjectId", "-1"))
                .andExpect(content().string(containsString("共 0 条")));
    }

    @Test
    void theAuditLogNeverShowsFullPersonalData() throws Exception {
        mvc.perform(get("/audit").with(as(accounts, "office")).param("action", "member.created"))
                .andExpect(content().string(containsString("***********")))
                .andExpect(content().string(containsString("****")));
    }

    @Test
    void membersAndBranchSecretariesCannotReadTheAuditLog() throws Exception {
        mvc.perform(get("/audit").with(as(accounts, "member"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as(accounts, "secretary"))).andExpect(status().isForbidden());
    }

    @Test
    void aBadDateFilterGetsAClearMessage() throws Exception {
        mvc.perform(get("/audit").with(as(accounts, "office")).param("from", "2026-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请求格式不正确")));
    }
}
