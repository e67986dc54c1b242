package court.tianping.organization.api;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganizationApiIT {

    private static final String ADMIN = "Bearer demo-admin-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long xichengCourt() {
        return id("select id from court where name = '北京市西城区人民法院'");
    }

    private long committee() {
        return id("select id from party_organization where name = '中共北京市西城区人民法院机关委员会'");
    }

    private long organizations() {
        return id("select count(*) from party_organization");
    }

    @Test
    void listsTheCourtTree() throws Exception {
        mvc.perform(get("/api/v1/courts").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].level").value("HIGH"))
                .andExpect(jsonPath("$[*].name", hasItem("北京市西城区人民法院")))
                .andExpect(jsonPath("$[*].name", hasItem("金融街人民法庭")));
    }

    @Test
    void theMainCourtHas22FunctionalBranchesAnd107Groups() throws Exception {
        mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN)
                        .param("court", Long.toString(xichengCourt())).param("type", "BRANCH").param("nature", "FUNCTIONAL"))
                .andExpect(jsonPath("$.totalElements").value(22))
                .andExpect(jsonPath("$.content[*].type", everyItem(is("BRANCH"))));
        mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN)
                        .param("court", Long.toString(xichengCourt())).param("type", "CELL"))
                .andExpect(jsonPath("$.totalElements").value(107));
    }

    @Test
    void oneOrganisationCarriesItsCountsAndVersion() throws Exception {
        long branch = id("select o.id from party_organization o where o.name = '金融审判庭党支部' and o.court_id = "
                + xichengCourt());
        mvc.perform(get("/api/v1/organizations/" + branch).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.name").value("金融审判庭党支部"))
                .andExpect(jsonPath("$.cells").value(7))
                .andExpect(jsonPath("$.version").isNumber());
    }

    @Test
    void createsAndUpdatesATemporaryOrganisation() throws Exception {
        String body = """
                {"parentId": %d, "name": "接口临时党支部", "type": "BRANCH", "nature": "TEMPORARY",
                 "task": "涉众型案件集中审理", "startsOn": "2026-01-01", "endsOn": "2026-12-31"}""".formatted(committee());
        String location = mvc.perform(post("/api/v1/organizations").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.nature").value("TEMPORARY"))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int version = jdbc.sql("select version from party_organization where id = :id").param("id", id).query(Integer.class).single();
        mvc.perform(put("/api/v1/organizations/" + id).header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("涉众型案件集中审理", "涉众型案件集中审理及回访").replace("}", ", \"version\": " + version + "}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.task").value("涉众型案件集中审理及回访"));
    }

    @Test
    void aTemporaryOrganisationEndingBeforeItStartsIsRefused() throws Exception {
        long before = organizations();
        mvc.perform(post("/api/v1/organizations").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parentId": %d, "name": "倒置临时党支部", "type": "BRANCH", "nature": "TEMPORARY",
                                 "task": "任务", "startsOn": "2026-06-01", "endsOn": "2026-01-01"}""".formatted(committee())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("撤销日期必须晚于成立日期")));
        assertThat(organizations()).isEqualTo(before);
    }

    @Test
    void aGroupUnderTheOrganCommitteeIsRefused() throws Exception {
        long before = organizations();
        mvc.perform(post("/api/v1/organizations").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"parentId\": %d, \"name\": \"悬空党小组\", \"type\": \"CELL\", \"nature\": \"FUNCTIONAL\"}"
                                .formatted(committee())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("A Party group must belong to a branch."));
        assertThat(organizations()).isEqualTo(before);
    }

    @Test
    void anUnknownEnumValueIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN).param("type", "SOVIET"))
                .andExpect(status().isBadRequest());
    }
}
