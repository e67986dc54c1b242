package court.tianping.demand;

import court.tianping.demand.domain.DemandRepository;
import court.tianping.platform.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static court.tianping.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Takes demands of the demo court through the staff pages, as the demo accounts would. */
final class DemandSteps {

    private final MockMvc mvc;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final DemandRepository demands;

    DemandSteps(MockMvc mvc, UserAccounts accounts, JdbcClient jdbc, DemandRepository demands) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.demands = demands;
    }

    long xicheng() {
        return jdbc.sql("select id from court where name = '北京市西城区人民法院'").query(Long.class).single();
    }

    /** A 12368 call from 西长安街 about neighbours: the street pairing sends it to the secretary's branch at once. */
    long recordCall(String description) throws Exception {
        return DemandCalls.record(mvc, accounts, jdbc, description);
    }

    int version(long id) {
        return demands.findById(id).orElseThrow().version();
    }

    /** A step of the flow posted by a demo account with the demand's current version; params are name, value pairs. */
    void step(String user, long id, String step, String... params) throws Exception {
        var request = post("/demands/{id}/" + step, id).with(as(accounts, user)).with(csrf())
                .param("version", Integer.toString(version(id)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
