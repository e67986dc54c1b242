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
class OtherMembershipWebIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long memberships(long organization) {
        return id("select count(*) from member_membership where organization_id = " + organization);
    }

    @Test
    void thePartyOfficeAddsAndRemovesMembersOfATemporaryOrganisation() throws Exception {
        long temporary = id("select id from party_organization where name = '涉国家重点工程执行攻坚临时党支部'");
        long member = id("select max(m.id) from member m join party_organization o on o.id = m.organization_id"
                + " join court c on c.id = o.court_id where o.name = '行政审判庭党支部' and c.name = '北京市西城区人民法院'");
        String name = jdbc.sql("select name from member where id = " + member).query(String.class).single();
        long before = memberships(temporary);

        mvc.perform(get("/organizations/" + temporary).with(as(accounts, "office")).param("q", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"member-candidates\"")));
        mvc.perform(post("/organizations/" + temporary + "/members").with(as(accounts, "office")).with(csrf())
                        .param("memberId", Long.toString(member)))
                .andExpect(flash().attribute("notice", containsString("已加入")));
        assertThat(memberships(temporary)).isEqualTo(before + 1);
        mvc.perform(get("/organizations/" + temporary).with(as(accounts, "office")))
                .andExpect(content().string(containsString(name)));

        mvc.perform(post("/organizations/" + temporary + "/members").with(as(accounts, "office")).with(csrf())
                        .param("memberId", Long.toString(member)))
                .andExpect(flash().attribute("error", containsString("已是")));
        assertThat(memberships(temporary)).isEqualTo(before + 1);

        mvc.perform(post("/organizations/" + temporary + "/members/" + member + "/remove").with(as(accounts, "office"))
                .with(csrf())).andExpect(flash().attribute("notice", containsString("已移出")));
        assertThat(memberships(temporary)).isEqualTo(before);
        assertThat(id("select count(*) from audit_log where action = 'member.updated' and subject_id = '" + member + "'"))
                .isEqualTo(2);
    }

    @Test
    void anEndedTemporaryOrganisationTakesNoNewMembers() throws Exception {
        long ended = id("select id from party_organization where name = '非首都功能疏解临时党支部'");
        long member = id("select max(m.id) from member m join party_organization o on o.id = m.organization_id"
                + " join court c on c.id = o.court_id where o.name = '研究室党支部' and c.name = '北京市西城区人民法院'");
        long before = memberships(ended);
        mvc.perform(post("/organizations/" + ended + "/members").with(as(accounts, "office")).with(csrf())
                        .param("memberId", Long.toString(member)))
                .andExpect(flash().attribute("error", containsString("不在存续期内")));
        assertThat(memberships(ended)).isEqualTo(before);
    }
}
