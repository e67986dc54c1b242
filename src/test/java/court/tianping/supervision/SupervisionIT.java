package court.tianping.supervision;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public feedback through the staff pages and the intake API: who reads what (only the discipline office reads
 * unverified complaints, a branch secretary founded items of their branch, a member founded items about
 * themselves), verification refused when illegal, and bad input refused with a message and nothing kept.
 */
@IntegrationTest
class SupervisionIT {

    private static final String TOKEN = "Bearer demo-admin-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long member() {
        return accounts.findByUsername("member").orElseThrow().memberId();
    }

    long count() {
        return jdbc.sql("select count(*) from feedback").query(Long.class).single();
    }

    int version(long id) {
        return jdbc.sql("select version from feedback where id = :id").param("id", id).query(Integer.class).single();
    }

    String state(long id) {
        return jdbc.sql("select state from feedback where id = :id").param("id", id).query(String.class).single();
    }

    /** The office records a complaint about the demo member from the supervision phone; returns its id. */
    long complaint(String content) throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from feedback").query(Long.class).single();
        mvc.perform(post("/supervision/feedback").with(as(accounts, "office")).with(csrf())
                        .param("memberId", Long.toString(member())).param("source", "SUPERVISION_PHONE")
                        .param("kind", "COMPLAINT").param("content", content).param("giverName", "赵女士")
                        .param("giverPhone", "13912345678"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("已登记")));
        RequestContextHolder.resetRequestAttributes();
        return jdbc.sql("select max(id) from feedback where id > :before").param("before", before).query(Long.class).single();
    }

    int statusOf(String user, String path) throws Exception {
        RequestContextHolder.resetRequestAttributes();
        return mvc.perform(get(path).with(as(accounts, user))).andReturn().getResponse().getStatus();
    }

    MvcResult verify(String user, long id, String verdict, String note) throws Exception {
        RequestContextHolder.resetRequestAttributes();
        return mvc.perform(post("/supervision/feedback/{id}/verify", id).with(as(accounts, user)).with(csrf())
                .param("version", Integer.toString(version(id))).param("verdict", verdict).param("note", note)).andReturn();
    }

    @Test
    void onlyTheDisciplineOfficeReadsAnUnverifiedComplaintAndFoundedItReachesTheBranchAndTheMember() throws Exception {
        long id = complaint("监督电话反映承办人接待时态度生硬。");
        String path = "/supervision/feedback/" + id;
        assertThat(statusOf("discipline", path)).isEqualTo(200);
        assertThat(statusOf("admin", path)).isEqualTo(200);
        assertThat(statusOf("office", path)).isEqualTo(404);
        assertThat(statusOf("secretary", path)).isEqualTo(404);
        assertThat(statusOf("member", path)).isEqualTo(404);
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(get("/supervision/feedback").with(as(accounts, "office")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("feedback-" + id + "\""))));

        assertThat(jdbc.sql("select count(*) from notification where role = 'DISCIPLINE_OFFICER' and link = :link")
                .param("link", path).query(Long.class).single()).as("the discipline office is told").isOne();

        verify("discipline", id, "FOUNDED", "经调取录音核实，情况属实，已约谈提醒。");
        assertThat(state(id)).isEqualTo("FOUNDED");
        assertThat(statusOf("secretary", path)).isEqualTo(200);
        assertThat(statusOf("member", path)).isEqualTo(200);
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(get(path).with(as(accounts, "member")))
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("13912345678"))));
    }

    @Test
    void aMemberListsOnlyFoundedFeedbackAboutThemselves() throws Exception {
        complaint("反映承办人未按约定时间回电。");
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(get("/api/v1/supervision/feedback").param("size", "200").with(as(accounts, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.content[*].memberId", everyItem(is((int) member()))))
                .andExpect(jsonPath("$.content[*].state", everyItem(is("FOUNDED"))));
    }

    @Test
    void verifyingTwiceOrWithoutANoteOrVerdictIsRefusedWithAMessage() throws Exception {
        long id = complaint("反映执行案件长期无进展。");
        assertThat(verify("discipline", id, "FOUNDED", " ").getFlashMap().get("failure")).asString().contains("核实意见");
        assertThat(verify("discipline", id, "", "属实").getFlashMap().get("failure")).asString().contains("核实结论");
        assertThat(state(id)).isEqualTo("RECEIVED");
        verify("discipline", id, "UNFOUNDED", "经核查，执行法官已按期答复，不属实。");
        assertThat(verify("discipline", id, "FOUNDED", "再次核实").getFlashMap().get("failure")).asString().contains("已核实");
        assertThat(state(id)).isEqualTo("UNFOUNDED");
        mvc.perform(get("/supervision/feedback/{id}", id).with(as(accounts, "discipline")))
                .andExpect(content().string(containsString("未写入党员档案")));
    }

    @Test
    void noOneOutsideTheDisciplineOfficeVerifies() throws Exception {
        long id = complaint("反映书记员未一次性告知材料。");
        assertThat(verify("office", id, "FOUNDED", "属实").getResponse().getStatus()).isEqualTo(403);
        assertThat(verify("secretary", id, "FOUNDED", "属实").getResponse().getStatus()).isEqualTo(403);
        assertThat(state(id)).isEqualTo("RECEIVED");
    }

    @Test
    void badInputOnTheFormIsRefusedWithAMessageAndKeepsNothing() throws Exception {
        long before = count();
        String[][] cases = {
                {"", "ONLINE", "PRAISE", "好", "", "请选择被反映的党员或党支部"},
                {Long.toString(member()), "FILING_RATING", "PRAISE", "很满意", "9", "1 至 5"},
                {Long.toString(member()), "FILING_RATING", "PRAISE", "很满意", "", "1 至 5 分"},
                {Long.toString(member()), "ONLINE", "PRAISE", "", "", "反映内容"},
                {Long.toString(member()), "NOT_A_SOURCE", "PRAISE", "好", "", "无法识别"},
                {"abc", "ONLINE", "PRAISE", "好", "", "未找到党员"},
        };
        for (String[] c : cases) {
            RequestContextHolder.resetRequestAttributes();
            mvc.perform(post("/supervision/feedback").with(as(accounts, "discipline")).with(csrf())
                            .param("memberId", c[0]).param("source", c[1]).param("kind", c[2]).param("content", c[3])
                            .param("rating", c[4]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c[5])));
        }
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(post("/supervision/feedback").with(as(accounts, "discipline")).with(csrf())
                        .param("memberId", Long.toString(member())).param("source", "ONLINE").param("kind", "PRAISE")
                        .param("content", "好").param("giverPhone", "123"))
                .andExpect(content().string(containsString("联系电话格式不正确")));
        assertThat(count()).isEqualTo(before);
    }

    static String item(long member, String reference, String phone) {
        return """
                {"memberId": %d, "source": "FILING_RATING", "kind": "PRAISE", "content": "立案法官耐心解答。",
                 "rating": 5, "giverName": "钱先生", "giverPhone": "%s", "reference": "%s"}""".formatted(member, phone, reference);
    }

    @Test
    void theIntakeApiTakesAnItemOncePerReference() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/supervision/feedback").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(item(member(), "FR-T-0001", "13500000001")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(true));
        mvc.perform(post("/api/v1/supervision/feedback").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(item(member(), "FR-T-0001", "13500000001")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false));
        String batch = "[" + item(member(), "FR-T-0002", "13500000002") + "," + item(member(), "FR-T-0001", "13500000001")
                + "," + item(member(), "FR-T-0002", "13500000002") + "]";
        mvc.perform(post("/api/v1/supervision/feedback/batch").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].created").value(true))
                .andExpect(jsonPath("$[1].created").value(false))
                .andExpect(jsonPath("$[2].created").value(false));
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void theIntakeApiRefusesBadInputAndABatchWithOneBadItemKeepsNothing() throws Exception {
        long before = count();
        String batch = "[" + item(member(), "FR-T-0100", "13500000100") + "," + item(member(), "FR-T-0101", "not-a-phone") + "]";
        mvc.perform(post("/api/v1/supervision/feedback/batch").header("Authorization", TOKEN)
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("第 2 条")));
        mvc.perform(post("/api/v1/supervision/feedback").header("Authorization", TOKEN)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\": " + member() + ", \"source\": \"FILING_RATING\", \"kind\": \"PRAISE\", \"content\": \"ok\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("score from 1 to 5")));
        mvc.perform(post("/api/v1/supervision/feedback").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\": -5, \"source\": \"ONLINE\", \"kind\": \"PRAISE\", \"content\": \"好\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/supervision/feedback").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"FAX\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/supervision/feedback/batch").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/supervision/feedback")
                        .contentType(MediaType.APPLICATION_JSON).content(item(member(), "FR-T-0102", "13500000102")))
                .andExpect(status().isUnauthorized());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theApiVerifiesForTheDisciplineOfficeOnly() throws Exception {
        long id = complaint("网上留言反映法官助理回复不及时。");
        mvc.perform(post("/api/v1/supervision/feedback/{id}/verify", id).with(as(accounts, "office"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"founded\": true, \"note\": \"属实\"}"))
                .andExpect(status().isForbidden());
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(post("/api/v1/supervision/feedback/{id}/verify", id).with(as(accounts, "discipline"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version(id) + ", \"founded\": true}"))
                .andExpect(status().isUnprocessableContent());
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(post("/api/v1/supervision/feedback/{id}/verify", id).with(as(accounts, "discipline"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(id) + ", \"founded\": true, \"note\": \"经核实属实。\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FOUNDED"));
    }
}
