package court.tianping.demand;

import court.tianping.platform.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static court.tianping.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Demands recorded the way the office records a call, for the integration tests of the flow. */
final class DemandCalls {

    private DemandCalls() {
    }

    /**
     * A normal 12368 call from 西长安街 about neighbours, recorded by the office of 西城法院: the street
     * pairing sends it to the secretary's branch at once. Returns the id of the new demand.
     */
    static long record(MockMvc mvc, UserAccounts accounts, JdbcClient jdbc, String description) throws Exception {
        long street = jdbc.sql("select id from street where name = '西长安街街道'").query(Long.class).single();
        long category = jdbc.sql("""
                        select c.id from dispute_category c join court o on o.id = c.court_id
                        where o.name = '北京市西城区人民法院' and c.name = '相邻关系'""")
                .query(Long.class).single();
        MvcResult result = mvc.perform(post("/demands").with(as(accounts, "office")).with(csrf())
                        .param("channel", "HOTLINE_12368").param("requesterKind", "PERSON")
                        .param("requesterName", "李桂兰").param("requesterPhone", "13911112222")
                        .param("streetId", Long.toString(street)).param("categoryId", Long.toString(category))
                        .param("service", "ON_SITE_RESOLUTION").param("urgency", "NORMAL")
                        .param("description", description))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/demands/", ""));
    }
}
