package court.tianping.honour;

import com.jayway.jsonpath.JsonPath;
import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Honours published as HonourAwarded and counted by level; volunteer hours computed; a member reads their own; bad input refused. */
@IntegrationTest
@RecordApplicationEvents
class HonourIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    long member;
    long secretary;

    @BeforeEach
    void people() {
        member = accounts.findByUsername("member").orElseThrow().memberId();
        secretary = accounts.findByUsername("secretary").orElseThrow().memberId();
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

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void anIndividualHonourIsPublishedAndCountedAtItsLevel() throws Exception {
        String before = read("office", "/api/v1/honours/figures");
        long times = ((Number) JsonPath.read(before, "$.provincialOrAboveMemberTimes")).longValue();
        MvcResult result = api("office", "/api/v1/honours", """
                {"title": "北京市优秀法官", "level": "PROVINCIAL", "awardedBy": "北京市高级人民法院", "awardedOn": "2025-06-30",
                 "documentNo": "京高法〔2025〕8号", "memberIds": [%d, %d]}""".formatted(secretary, member));
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        HonourAwarded awarded = events.stream(HonourAwarded.class).filter(e -> e.honourId() == id).findFirst().orElseThrow();
        assertThat(awarded.memberIds()).containsExactlyElementsOf(List.of(member, secretary).stream().sorted().toList());
        assertThat(awarded.level()).isEqualTo(HonourLevel.PROVINCIAL);
        assertThat(awarded.awardedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(awarded.organizationId()).isNull();
        String after = read("office", "/api/v1/honours/figures");
        assertThat(((Number) JsonPath.read(after, "$.provincialOrAboveMemberTimes")).longValue()).isEqualTo(times + 2);
        assertThat(read("member", "/honours/mine")).contains("北京市优秀法官");
    }

    @Test
    void aCollectiveHonourNamesTheOrganisationAndNoMember() throws Exception {
        long branch = jdbc.sql("select organization_id from member where id = :m").param("m", secretary).query(Long.class).single();
        MvcResult result = api("office", "/api/v1/honours", """
                {"title": "先进基层党组织", "level": "DISTRICT", "awardedBy": "中共北京市西城区委员会", "awardedOn": "2025-07-01",
                 "organizationId": %d}""".formatted(branch));
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        HonourAwarded awarded = events.stream(HonourAwarded.class).filter(e -> e.honourId() == id).findFirst().orElseThrow();
        assertThat(awarded.memberIds()).isEmpty();
        assertThat(awarded.organizationId()).isEqualTo(branch);
        assertThat(awarded.collective()).isTrue();
    }

    @Test
    void aMemberReadsOnlyTheirOwnHonoursAndCannotRecordOne() throws Exception {
        String mine = read("member", "/api/v1/honours?size=200");
        long own = jdbc.sql("select count(*) from honour_recipient where member_id = :m").param("m", member).query(Long.class).single();
        assertThat(((Number) JsonPath.read(mine, "$.totalElements")).longValue()).isEqualTo(own).isPositive();
        assertThat(JsonPath.<List<List<Integer>>>read(mine, "$.content[*].memberIds")).allSatisfy(ids -> assertThat(ids).contains((int) member));
        assertThat(api("member", "/api/v1/honours", "{\"title\": \"自封\", \"level\": \"NATIONAL\"}").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void refusesBadHonoursWithAMessageAndRecordsNothing() throws Exception {
        long before = count("honour");
        long branch = jdbc.sql("select organization_id from member where id = :m").param("m", secretary).query(Long.class).single();
        assertThat(api("office", "/api/v1/honours", """
                {"title": "院办案标兵", "level": "COURT", "awardedBy": "院党组", "awardedOn": "2025-01-01",
                 "memberIds": [%d], "organizationId": %d}""".formatted(member, branch)).getResponse().getContentAsString())
                .contains("二者只能选其一");
        assertThat(api("office", "/api/v1/honours", """
                {"title": "院办案标兵", "level": "COURT", "awardedBy": "院党组", "awardedOn": "2025-01-01"}""")
                .getResponse().getContentAsString()).contains("二者只能选其一");
        assertThat(api("office", "/api/v1/honours", """
                {"title": "院办案标兵", "level": "COURT", "awardedBy": "院党组", "awardedOn": "2999-01-01", "memberIds": [%d]}"""
                .formatted(member)).getResponse().getContentAsString()).contains("授予日期不能晚于今天");
        assertThat(api("office", "/api/v1/honours", "{\"title\": \"院办案标兵\", \"level\": \"GALACTIC\"}").getResponse().getStatus())
                .isEqualTo(400);
        RequestContextHolder.resetRequestAttributes();
        MvcResult form = mvc.perform(post("/honours").with(as(accounts, "office")).with(csrf()).param("title", "院调解能手")
                .param("level", "COURT").param("awardedBy", "").param("awardedOn", "2025-01-01")
                .param("memberIds", Long.toString(member))).andReturn();
        assertThat((String) form.getFlashMap().get("failure")).contains("请填写授予机关");
        assertThat(form.getFlashMap().get("honourForm").toString()).contains("院调解能手");
        assertThat(count("honour")).isEqualTo(before);
    }

    @Test
    void volunteerHoursAreAddedUpPerMemberAndTeamForTheYear() throws Exception {
        long committee = jdbc.sql("select organization_id from volunteer_team where name = '天平志愿服务队'").query(Long.class).single();
        RequestContextHolder.resetRequestAttributes();
        MvcResult formed = mvc.perform(post("/honours/volunteers").with(as(accounts, "office")).with(csrf())
                .param("organizationId", Long.toString(committee)).param("name", "测试志愿服务队" + System.nanoTime())
                .param("formedOn", "2024-01-01")).andReturn();
        long team = Long.parseLong(formed.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        for (long m : List.of(member, secretary)) {
            RequestContextHolder.resetRequestAttributes();
            mvc.perform(post("/honours/volunteers/{id}/members", team).with(as(accounts, "office")).with(csrf())
                    .param("memberId", Long.toString(m)).param("joinedOn", "2024-01-02")).andReturn();
        }
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(post("/honours/volunteers/{id}/services", team).with(as(accounts, "office")).with(csrf())
                .param("servedOn", "2024-03-05").param("place", "金融街街道").param("description", "法律咨询")
                .param("hours-" + member, "2.5").param("hours-" + secretary, "3")).andReturn();
        MvcResult second = api("office", "/api/v1/honours/volunteer-teams/" + team + "/services", """
                {"servedOn": "2024-12-31", "place": "月坛街道", "description": "普法宣传", "hours": {"%d": 1.5}}""".formatted(member));
        assertThat(second.getResponse().getStatus()).isEqualTo(201);
        api("office", "/api/v1/honours/volunteer-teams/" + team + "/services", """
                {"servedOn": "2025-01-01", "place": "月坛街道", "description": "普法宣传", "hours": {"%d": 4}}""".formatted(member));

        String page = read("office", "/honours/volunteers/" + team + "?year=2024");
        assertThat(page.replaceAll("\\s+", "")).contains("data-testid=\"volunteer-hours-" + member + "\">4.0<")
                .contains("data-testid=\"volunteer-hours-" + secretary + "\">3.0<");
        assertThat(read("office", "/honours/volunteers?year=2024")).contains("7.0");

        long services = count("volunteer_service");
        RequestContextHolder.resetRequestAttributes();
        MvcResult bad = mvc.perform(post("/honours/volunteers/{id}/services", team).with(as(accounts, "office")).with(csrf())
                .param("servedOn", "2024-03-06").param("place", "金融街街道").param("description", "法律咨询")
                .param("hours-" + member, "abc")).andReturn();
        assertThat((String) bad.getFlashMap().get("failure")).contains("服务时长须大于 0");
        MvcResult outsider = api("office", "/api/v1/honours/volunteer-teams/" + team + "/services", """
                {"servedOn": "2024-03-07", "place": "月坛街道", "description": "普法宣传", "hours": {"%d": 1}}"""
                .formatted(accounts.findByUsername("cellleader").orElseThrow().memberId()));
        assertThat(outsider.getResponse().getContentAsString()).contains("未加入本服务队");
        assertThat(count("volunteer_service")).isEqualTo(services);

        String mine = read("member", "/api/v1/honours/volunteer-hours?year=2024");
        assertThat(JsonPath.<List<Integer>>read(mine, "$.content[*].memberId")).containsOnly((int) member);
        assertThat(((Number) JsonPath.read(mine, "$.content[0].hours")).doubleValue()).isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void theHonoursListIsExportedToExcel() throws Exception {
        api("office", "/api/v1/honours", """
                {"title": "首都劳动奖章（导出）", "level": "PROVINCIAL", "awardedBy": "北京市总工会", "awardedOn": "2021-04-30",
                 "memberIds": [%d]}""".formatted(member));
        RequestContextHolder.resetRequestAttributes();
        byte[] body = mvc.perform(get("/honours.xlsx?year=2021&level=PROVINCIAL").with(as(accounts, "office"))).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("表彰名称");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= sheet.getRow(r).getCell(1).getStringCellValue().equals("首都劳动奖章（导出）")
                        && sheet.getRow(r).getCell(2).getStringCellValue().equals("省级");
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void theTeamPostAndJoinFormsRefuseBadInputAndChangeNothing() throws Exception {
        long committee = jdbc.sql("select organization_id from volunteer_team where name = '天平志愿服务队'").query(Long.class).single();
        long teams = count("volunteer_team");
        RequestContextHolder.resetRequestAttributes();
        MvcResult team = mvc.perform(post("/honours/volunteers").with(as(accounts, "office")).with(csrf())
                .param("organizationId", Long.toString(committee)).param("name", "天平志愿服务队").param("formedOn", "2024-01-01")).andReturn();
        assertThat((String) team.getFlashMap().get("failure")).contains("已有名为“天平志愿服务队”");
        assertThat(count("volunteer_team")).isEqualTo(teams);

        long demoTeam = jdbc.sql("select id from volunteer_team where name = '天平志愿服务队'").query(Long.class).single();
        long volunteer = jdbc.sql("select min(member_id) from volunteer where volunteer_team = :t").param("t", demoTeam)
                .query(Long.class).single();
        RequestContextHolder.resetRequestAttributes();
        MvcResult again = mvc.perform(post("/honours/volunteers/{id}/members", demoTeam).with(as(accounts, "office")).with(csrf())
                .param("memberId", Long.toString(volunteer)).param("joinedOn", LocalDate.now().toString())).andReturn();
        assertThat((String) again.getFlashMap().get("failure")).contains("已是本服务队志愿者");

        long posts = count("pioneer_post");
        RequestContextHolder.resetRequestAttributes();
        MvcResult post = mvc.perform(post("/honours/posts").with(as(accounts, "office")).with(csrf())
                .param("organizationId", Long.toString(committee)).param("name", "执行攻坚党员先锋岗（测试）")
                .param("startsOn", "2024-01-01").param("commitments", "亮身份、亮承诺")).andReturn();
        assertThat((String) post.getFlashMap().get("failure")).contains("请至少选择一名岗位党员");
        assertThat(post.getFlashMap().get("postForm").toString()).contains("执行攻坚党员先锋岗（测试）");
        assertThat(count("pioneer_post")).isEqualTo(posts);

        RequestContextHolder.resetRequestAttributes();
        mvc.perform(post("/honours/posts").with(as(accounts, "office")).with(csrf())
                .param("organizationId", Long.toString(committee)).param("name", "执行攻坚党员先锋岗（测试）")
                .param("startsOn", "2024-01-01").param("commitments", "亮身份、亮承诺").param("holderIds", Long.toString(member)))
                .andReturn();
        assertThat(count("pioneer_post")).isEqualTo(posts + 1);
        assertThat(read("member", "/honours/mine")).contains("执行攻坚党员先锋岗（测试）");
    }

    @Test
    void theDemoCityHas65MembersHonouredAtProvincialLevelOrAboveAsTheSourceCountsThem() {
        long members = jdbc.sql("""
                        select count(distinct r.member_id) from honour h join honour_recipient r on r.honour = h.id
                        where h.recorded_by = 'demo' and h.level in ('NATIONAL', 'PROVINCIAL')""")
                .query(Long.class).single();
        assertThat(members).isEqualTo(65);
    }
}
