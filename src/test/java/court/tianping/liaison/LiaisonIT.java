package court.tianping.liaison;

import com.jayway.jsonpath.JsonPath;
import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Judge liaison through the API and the pages: figures of a period count what happened on its first and last day
 * and nothing on the days around it; a judge reaches only their own records; bad input is refused with a message
 * and changes nothing.
 */
@IntegrationTest
class LiaisonIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long member;
    long liaison;

    @BeforeEach
    void aLiaisonOfTheDemoMemberSince2019() throws Exception {
        member = accounts.findByUsername("member").orElseThrow().memberId();
        long unit = created(api("office", "/api/v1/liaison/units", """
                {"name": "北京测试%d科技有限公司", "kind": "ENTERPRISE", "district": "西城区", "street": "金融街街道",
                 "contactName": "王经理", "contactPhone": "13812345678"}""".formatted(System.nanoTime())));
        liaison = created(api("office", "/api/v1/liaison/units/" + unit + "/liaisons",
                "{\"judgeMemberId\": %d, \"startsOn\": \"2019-01-01\"}".formatted(member)));
    }

    private MvcResult api(String user, String path, String body) throws Exception {
        RequestContextHolder.resetRequestAttributes();
        return mvc.perform(post(path).with(as(accounts, user)).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private String read(String user, String path) throws Exception {
        RequestContextHolder.resetRequestAttributes();
        MvcResult result = mvc.perform(get(path).with(as(accounts, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static long created(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long visit(String day) throws Exception {
        return created(api("member", "/api/v1/liaison/visits",
                "{\"liaisonId\": %d, \"visitedOn\": \"%s\", \"topics\": \"座谈劳动用工风险\", \"followUps\": [\"寄送合同范本\"]}"
                        .formatted(liaison, day)));
    }

    private long suggestion(String issued, String due) throws Exception {
        return created(api("member", "/api/v1/liaison/suggestions",
                "{\"liaisonId\": %d, \"subject\": \"关于加强合同审查的司法建议%s\", \"issuedOn\": \"%s\", \"replyDue\": \"%s\"}"
                        .formatted(liaison, issued, issued, due)));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theFiguresOfAYearCountItsFirstAndLastDayAndNothingAroundThem() throws Exception {
        for (String day : List.of("2019-12-31", "2020-01-01", "2020-12-31", "2021-01-01")) {
            visit(day);
        }
        suggestion("2019-12-31", "2020-01-30");
        long late = suggestion("2020-01-01", "2020-01-31");
        assertThat(api("member", "/api/v1/liaison/suggestions/" + late + "/reply",
                "{\"version\": 0, \"repliedOn\": \"2020-02-10\", \"reply\": \"已修订合同审查制度\"}").getResponse().getStatus()).isEqualTo(204);
        assertThat(api("member", "/api/v1/liaison/suggestions/" + late + "/decision",
                "{\"version\": 1, \"adopted\": true, \"decidedOn\": \"2020-02-20\"}").getResponse().getStatus()).isEqualTo(204);
        long onTime = suggestion("2020-06-01", "2020-07-01");
        api("member", "/api/v1/liaison/suggestions/" + onTime + "/reply",
                "{\"version\": 0, \"repliedOn\": \"2020-06-20\", \"reply\": \"部分采纳\"}");
        suggestion("2020-12-31", "2021-01-30");
        suggestion("2021-01-01", "2021-01-31");
        created(api("member", "/api/v1/liaison/resolutions",
                "{\"liaisonId\": %d, \"resolvedOn\": \"2020-12-31\", \"summary\": \"货款纠纷调解成功\"}".formatted(liaison)));

        String json = read("office", "/api/v1/liaison/figures?from=2020-01-01&to=2020-12-31");
        Map<String, Object> judge = JsonPath.<List<Map<String, Object>>>read(json, "$.judges[?(@.id == %d)]".formatted(member)).get(0);
        assertThat(judge).containsEntry("visits", 2).containsEntry("issued", 3).containsEntry("replied", 2)
                .containsEntry("adopted", 1).containsEntry("overdue", 2).containsEntry("resolved", 1);
        assertThat(((Number) judge.get("replyRate")).doubleValue()).isEqualTo(66.7);
        assertThat(((Number) judge.get("adoptionRate")).doubleValue()).isEqualTo(50.0);
        assertThat((Integer) JsonPath.read(json, "$.total.visits")).isEqualTo(2);
        assertThat(JsonPath.<List<Integer>>read(json, "$.branches[*].visits")).containsExactly(2);

        String day = read("office", "/api/v1/liaison/figures?from=2020-12-31&to=2020-12-31");
        assertThat((Integer) JsonPath.read(day, "$.total.visits")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(day, "$.total.issued")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(day, "$.total.resolved")).isEqualTo(1);

        String mine = read("member", "/liaison");
        assertThat(mine).contains("北京测试");
    }

    @Test
    void aJudgeReachesOnlyTheirOwnLiaisonWork() throws Exception {
        long own = suggestion("2022-03-02", "2022-04-01");
        long foreign = jdbc.sql("select max(id) from judicial_suggestion where judge_member_id <> :m").param("m", member)
                .query(Long.class).single();
        long foreignLiaison = jdbc.sql("select max(id) from liaison where judge_member_id <> :m").param("m", member)
                .query(Long.class).single();
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(get("/api/v1/liaison/suggestions/{id}", foreign).with(as(accounts, "member"))).andExpect(status().isNotFound());
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(get("/liaison/suggestions/{id}", foreign).with(as(accounts, "member"))).andExpect(status().isNotFound());
        read("member", "/liaison/suggestions/" + own);
        long before = count("liaison_visit");
        MvcResult refused = api("member", "/api/v1/liaison/visits",
                "{\"liaisonId\": %d, \"visitedOn\": \"2022-03-02\", \"topics\": \"越权走访\"}".formatted(foreignLiaison));
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(count("liaison_visit")).isEqualTo(before);
        assertThat(api("member", "/api/v1/liaison/units", "{\"name\": \"越权单位\", \"kind\": \"OTHER\"}").getResponse().getStatus())
                .isEqualTo(403);
        String list = read("member", "/api/v1/liaison/suggestions?size=200");
        long mine = jdbc.sql("select count(*) from judicial_suggestion where judge_member_id = :m").param("m", member)
                .query(Long.class).single();
        assertThat(((Number) JsonPath.read(list, "$.totalElements")).longValue()).isEqualTo(mine);
        assertThat(JsonPath.<List<Integer>>read(list, "$.content[*].judgeMemberId")).containsOnly((int) member);
    }

    @Test
    void refusesBadInputOnTheApiWithAMessageAndChangesNothing() throws Exception {
        long before = count("judicial_suggestion");
        MvcResult due = api("member", "/api/v1/liaison/suggestions",
                "{\"liaisonId\": %d, \"subject\": \"建议\", \"issuedOn\": \"2022-05-01\", \"replyDue\": \"2022-04-30\"}".formatted(liaison));
        assertThat(due.getResponse().getStatus()).isEqualTo(422);
        assertThat(due.getResponse().getContentAsString()).contains("回复期限须晚于发出日期");
        assertThat(api("member", "/api/v1/liaison/suggestions", "{\"liaisonId\": %d, \"subject\": \"建议\", \"issuedOn\": \"2022-13-01\"}"
                .formatted(liaison)).getResponse().getStatus()).isEqualTo(400);
        assertThat(count("judicial_suggestion")).isEqualTo(before);

        long s = suggestion("2022-05-01", "2022-06-01");
        MvcResult early = api("member", "/api/v1/liaison/suggestions/" + s + "/decision",
                "{\"version\": 0, \"adopted\": true, \"decidedOn\": \"2022-05-02\"}");
        assertThat(early.getResponse().getStatus()).isEqualTo(422);
        assertThat(early.getResponse().getContentAsString()).contains("单位尚未回复");
        MvcResult beforeIssue = api("member", "/api/v1/liaison/suggestions/" + s + "/reply",
                "{\"version\": 0, \"repliedOn\": \"2022-04-30\", \"reply\": \"回复\"}");
        assertThat(beforeIssue.getResponse().getContentAsString()).contains("回复日期不能早于发出日期");
        assertThat(jdbc.sql("select state from judicial_suggestion where id = :id").param("id", s).query(String.class).single())
                .isEqualTo("ISSUED");

        long visits = count("liaison_visit");
        MvcResult future = api("member", "/api/v1/liaison/visits",
                "{\"liaisonId\": %d, \"visitedOn\": \"2999-01-01\", \"topics\": \"座谈\"}".formatted(liaison));
        assertThat(future.getResponse().getContentAsString()).contains("走访日期不能晚于今天");
        MvcResult outside = api("member", "/api/v1/liaison/visits",
                "{\"liaisonId\": %d, \"visitedOn\": \"2018-12-31\", \"topics\": \"座谈\"}".formatted(liaison));
        assertThat(outside.getResponse().getContentAsString()).contains("不在联系期间");
        assertThat(count("liaison_visit")).isEqualTo(visits);

        long units = count("liaison_unit");
        assertThat(api("office", "/api/v1/liaison/units", "{\"name\": \"<script>alert(1)</script>\", \"kind\": \"OTHER\"}")
                .getResponse().getContentAsString()).contains("不能包含网页标记");
        assertThat(api("office", "/api/v1/liaison/units", "{\"name\": \"某协会\", \"kind\": \"OTHER\", \"contactPhone\": \"abc\"}")
                .getResponse().getContentAsString()).contains("联系电话只能包含数字");
        assertThat(count("liaison_unit")).isEqualTo(units);
        long liaisons = count("liaison");
        long unit = jdbc.sql("select unit_id from liaison where id = :id").param("id", liaison).query(Long.class).single();
        assertThat(api("office", "/api/v1/liaison/units/" + unit + "/liaisons",
                "{\"judgeMemberId\": %d, \"startsOn\": \"2024-01-01\"}".formatted(member)).getResponse().getContentAsString())
                .contains("期间不能重叠");
        assertThat(count("liaison")).isEqualTo(liaisons);
    }

    @Test
    void aRefusedFormComesBackWithTheMessageAndWhatWasTyped() throws Exception {
        long before = count("judicial_suggestion");
        RequestContextHolder.resetRequestAttributes();
        MvcResult result = mvc.perform(post("/liaison/suggestions").with(as(accounts, "member")).with(csrf())
                .param("liaisonId", Long.toString(liaison)).param("subject", "关于规范物业收费的司法建议")
                .param("issuedOn", "2022-05-01").param("replyDue", "2022-04-01")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/liaison#suggestion-form");
        assertThat((String) result.getFlashMap().get("failure")).contains("回复期限须晚于发出日期");
        assertThat(result.getFlashMap().get("suggestionForm").toString()).contains("关于规范物业收费的司法建议");
        RequestContextHolder.resetRequestAttributes();
        MvcResult garbled = mvc.perform(post("/liaison/visits").with(as(accounts, "member")).with(csrf())
                .param("liaisonId", Long.toString(liaison)).param("visitedOn", "2022-99-99").param("topics", "座谈")).andReturn();
        assertThat((String) garbled.getFlashMap().get("failure")).contains("无法识别");
        assertThat(garbled.getFlashMap().get("visitForm").toString()).contains("座谈");
        RequestContextHolder.resetRequestAttributes();
        MvcResult unit = mvc.perform(post("/liaison/units").with(as(accounts, "office")).with(csrf())
                .param("name", "").param("kind", "ENTERPRISE").param("street", "月坛街道")).andReturn();
        assertThat((String) unit.getFlashMap().get("failure")).contains("请填写单位名称");
        assertThat(unit.getFlashMap().get("unitForm").toString()).contains("月坛街道");
        assertThat(count("judicial_suggestion")).isEqualTo(before);
    }

    @Test
    void aVisitsFollowUpIsDoneFromItsPage() throws Exception {
        long visit = visit("2022-03-03");
        assertThat(read("member", "/liaison/visits/" + visit)).contains("寄送合同范本").contains("待办");
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(post("/liaison/visits/{id}/follow-ups", visit).with(as(accounts, "member")).with(csrf())
                .param("version", "0").param("followUp", "0").param("doneOn", "2022-03-10")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from liaison_follow_up where liaison_visit = :v").param("v", visit).query(String.class).single())
                .isEqualTo("DONE");
    }

    @Test
    void theSuggestionsRegisterIsExportedToExcel() throws Exception {
        suggestion("2022-08-03", "2022-09-02");
        RequestContextHolder.resetRequestAttributes();
        byte[] body = mvc.perform(get("/liaison/suggestions.xlsx?from=2022-08-03&to=2022-08-03").with(as(accounts, "office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2022-08-03");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("建议事项");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).startsWith("关于加强合同审查的司法建议2022-08-03");
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("是");
        }
        assertThat(read("office", "/liaison/overview?from=2022-08-03&to=2022-08-03")).contains("关于加强合同审查的司法建议2022-08-03");
    }

    @Test
    void theOtherFormsRefuseBadInputWithTheReasonAndKeepWhatWasTyped() throws Exception {
        long unit = jdbc.sql("select unit_id from liaison where id = :id").param("id", liaison).query(Long.class).single();
        long liaisons = count("liaison");
        RequestContextHolder.resetRequestAttributes();
        MvcResult assign = mvc.perform(post("/liaison/units/{id}/liaisons", unit).with(as(accounts, "office")).with(csrf())
                .param("judgeMemberId", Long.toString(member)).param("startsOn", "2023-01-01")).andReturn();
        assertThat((String) assign.getFlashMap().get("failure")).contains("期间不能重叠");
        assertThat(assign.getFlashMap().get("assignForm").toString()).contains("2023-01-01");
        assertThat(count("liaison")).isEqualTo(liaisons);

        long resolutions = count("liaison_resolution");
        RequestContextHolder.resetRequestAttributes();
        MvcResult resolution = mvc.perform(post("/liaison/resolutions").with(as(accounts, "member")).with(csrf())
                .param("liaisonId", Long.toString(liaison)).param("resolvedOn", "2023-02-01").param("summary", " ")).andReturn();
        assertThat((String) resolution.getFlashMap().get("failure")).contains("请填写纠纷简况");
        assertThat(resolution.getFlashMap().get("resolutionForm").toString()).contains("2023-02-01");
        assertThat(count("liaison_resolution")).isEqualTo(resolutions);

        long s = suggestion("2023-03-01", "2023-03-31");
        RequestContextHolder.resetRequestAttributes();
        MvcResult reply = mvc.perform(post("/liaison/suggestions/{id}/reply", s).with(as(accounts, "member")).with(csrf())
                .param("version", "0").param("repliedOn", "2023-02-28").param("reply", "提前回复的内容")).andReturn();
        assertThat((String) reply.getFlashMap().get("failure")).contains("回复日期不能早于发出日期");
        assertThat(reply.getFlashMap().get("replyText")).isEqualTo("提前回复的内容");
        RequestContextHolder.resetRequestAttributes();
        MvcResult decision = mvc.perform(post("/liaison/suggestions/{id}/decision", s).with(as(accounts, "member")).with(csrf())
                .param("version", "0").param("adopted", "true").param("decidedOn", "2023-03-05")).andReturn();
        assertThat((String) decision.getFlashMap().get("failure")).contains("单位尚未回复");
        RequestContextHolder.resetRequestAttributes();
        MvcResult stale = mvc.perform(post("/liaison/suggestions/{id}/reply", s).with(as(accounts, "member")).with(csrf())
                .param("version", "7").param("repliedOn", "2023-03-02").param("reply", "回复")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(jdbc.sql("select state from judicial_suggestion where id = :id").param("id", s).query(String.class).single())
                .isEqualTo("ISSUED");
    }

    @Test
    void everyChangeIsWrittenToTheAuditLog() throws Exception {
        long visit = visit("2023-04-04");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'liaison.visit-logged' and subject_id = :id")
                .param("id", Long.toString(visit)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBranchSecretarySeesTheFiguresOfTheirBranchOnlyAndTheApisAreDocumented() throws Exception {
        java.time.LocalDate to = java.time.LocalDate.now();
        java.time.LocalDate from = to.minusYears(2);
        String json = read("secretary", "/api/v1/liaison/figures?from=" + from + "&to=" + to);
        long branch = jdbc.sql("select organization_id from member where id = :m")
                .param("m", accounts.findByUsername("secretary").orElseThrow().memberId()).query(Long.class).single();
        assertThat(JsonPath.<List<Integer>>read(json, "$.branches[*].id")).containsOnly((int) branch);
        String path = jdbc.sql("select path from party_organization where id = :b").param("b", branch).query(String.class).single();
        long visits = jdbc.sql("select count(*) from liaison_visit where judge_path like :p and visited_on between :f and :t")
                .param("p", path + "%").param("f", from).param("t", to).query(Long.class).single();
        assertThat(((Number) JsonPath.read(json, "$.total.visits")).longValue()).isEqualTo(visits);
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/liaison/suggestions/{id}/decision", "/api/v1/liaison/figures", "/api/v1/honours/figures",
                "/api/v1/honours/volunteer-teams/{id}/services");
    }
}
