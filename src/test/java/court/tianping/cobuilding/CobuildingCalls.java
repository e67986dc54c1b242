package court.tianping.cobuilding;

import court.tianping.demand.SampleFiles;
import court.tianping.platform.UserAccounts;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static court.tianping.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the co-building tests do through the API and the database, as the demo accounts. */
record CobuildingCalls(MockMvc mvc, UserAccounts accounts, JdbcClient jdbc, JsonMapper json) {

    long branch(String name) {
        return jdbc.sql("""
                        select o.id from party_organization o join court c on c.id = o.court_id
                        where o.name = :name and c.name = '北京市西城区人民法院'""")
                .param("name", name).query(Long.class).single();
    }

    /** A judge whose own organisation lies in the branch (the branch itself or one of its groups). */
    long judgeOf(long branch) {
        return jdbc.sql("""
                        select min(m.id) from member m join party_organization o on o.id = m.organization_id
                        where m.position = 'JUDGE' and o.path like (select p.path from party_organization p where p.id = :b) || '%'""")
                .param("b", branch).query(Long.class).single();
    }

    long street(String name) {
        return jdbc.sql("select id from street where name = :name").param("name", name).query(Long.class).single();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long created(String user, String path, String body) throws Exception {
        MvcResult result = mvc.perform(post(path).with(as(accounts, user)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError(path + " " + result.getResponse().getStatus() + " " + result.getResponse().getContentAsString());
        }
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    long partner(String user, String name, Long street) throws Exception {
        return created(user, "/api/v1/cobuilding/partners", """
                {"name": "%s", "type": "STREET_COMMITTEE", "district": "西城区", "streetId": %s, "contactName": "王建国",
                 "contactPhone": "13812345678"}""".formatted(name, street));
    }

    long agreement(String user, long partner, long branch, String from, String to) throws Exception {
        return created(user, "/api/v1/cobuilding/agreements", """
                {"title": "共建协议 %s", "content": "共建内容", "validFrom": "%s", "validTo": "%s", "partnerIds": [%d],
                 "branchIds": [%d]}""".formatted(from, from, to, partner, branch));
    }

    int sign(String user, long agreement, String on) throws Exception {
        return mvc.perform(multipart("/api/v1/cobuilding/agreements/{id}/sign", agreement).file(document())
                        .param("version", Integer.toString(version(agreement))).param("signedOn", on).with(as(accounts, user)))
                .andReturn().getResponse().getStatus();
    }

    static MockMultipartFile document() {
        return new MockMultipartFile("document", "共建协议.pdf", "application/pdf", SampleFiles.pdf());
    }

    long activity(String user, String on, String type, long partner, long street, long branch, long participant, int reached)
            throws Exception {
        return created(user, "/api/v1/cobuilding/activities", """
                {"heldOn": "%s", "type": "%s", "title": "边界测试活动", "peopleReached": %d, "partnerId": %d, "streetId": %d,
                 "branchIds": [%d], "participantIds": [%d]}""".formatted(on, type, reached, partner, street, branch, participant));
    }

    int version(long agreement) {
        return jdbc.sql("select version from cobuilding_agreement where id = :id").param("id", agreement).query(Integer.class).single();
    }

    JsonNode figures(String from, String to) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/cobuilding/figures").param("from", from).param("to", to)
                .with(as(accounts, "office"))).andReturn().getResponse().getContentAsString());
    }
}
