package court.tianping.life;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API of organisational life for integrations, documented in OpenAPI; the meeting register as a
 * Party-affairs office files it; and a demo year consistent with the sources.
 */
@IntegrationTest
class LifeApiIT {

    private static final String TOKEN = "Bearer demo-admin-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aMeetingIsPlannedHeldAndReadThroughTheApi() throws Exception {
        LifeCalls calls = new LifeCalls(mvc, accounts, jdbc);
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(5);
        int heldBefore = heldThroughApi(calls.ownBranch(), start.getYear());
        String plan = """
                {"type": "THEMED_DAY", "topic": "“一法官一社区”对接主题党日", "place": "西长安街街道", "startsAt": "%s",
                 "endsAt": "%s", "hostIds": [%d]}""".formatted(start, start.plusHours(2), calls.ownBranch());
        String created = mvc.perform(post("/api/v1/life/meetings").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(plan))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        JsonNode meeting = json.readTree(mvc.perform(get("/api/v1/life/meetings/{id}", id).header("Authorization", TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PLANNED"))
                .andReturn().getResponse().getContentAsString());
        StringBuilder attendance = new StringBuilder();
        for (JsonNode person : meeting.get("people")) {
            attendance.append(attendance.isEmpty() ? "" : ",").append("{\"memberId\": ").append(person.get("memberId").asLong())
                    .append(", \"status\": \"PRESENT\"}");
        }
        String hold = "{\"version\": %d, \"minutes\": \"走进社区开展法律咨询。\", \"attendance\": [%s]}"
                .formatted(meeting.get("version").asInt(), attendance);
        mvc.perform(post("/api/v1/life/meetings/{id}/hold", id).header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(hold))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("HELD"));
        mvc.perform(post("/api/v1/life/meetings/{id}/hold", id).header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(hold))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/life/compliance").header("Authorization", TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].months.length()").value(12));
        assertThat(heldThroughApi(calls.ownBranch(), start.getYear())).as("the city's calendar read before the meeting is not kept")
                .isEqualTo(heldBefore + 1);
    }

    private int heldThroughApi(long branch, int year) throws Exception {
        JsonNode rows = json.readTree(mvc.perform(get("/api/v1/life/compliance").param("year", Integer.toString(year))
                .header("Authorization", TOKEN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode row : rows) {
            if (row.get("organizationId").asLong() == branch) {
                return row.get("held").asInt();
            }
        }
        throw new AssertionError("branch " + branch + " not in the city's calendar");
    }

    @Test
    void badInputIsAProblemInTheCallersLanguageAndCreatesNothing() throws Exception {
        LifeCalls calls = new LifeCalls(mvc, accounts, jdbc);
        long before = calls.count("meeting");
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusDays(1);
        String backwards = """
                {"type": "COMMITTEE", "topic": "支委会", "startsAt": "%s", "endsAt": "%s", "hostIds": [%d]}"""
                .formatted(start, start.minusHours(1), calls.ownBranch());
        mvc.perform(post("/api/v1/life/meetings").header("Authorization", TOKEN).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content(backwards))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("会议结束时间必须晚于开始时间。")));
        mvc.perform(post("/api/v1/life/meetings").header("Authorization", TOKEN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(backwards))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The meeting must end after it starts.")));
        mvc.perform(post("/api/v1/life/meetings").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"NO_SUCH_TYPE\"}"))
                .andExpect(status().isBadRequest());
        assertThat(calls.count("meeting")).isEqualTo(before);
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/life/meetings/{id}/hold")))
                .andExpect(content().string(containsString("/api/v1/life/publications")))
                .andExpect(content().string(containsString("/api/v1/life/compliance")));
    }

    @Test
    void theMeetingRegisterListsThePeriodsMeetingsInDateOrder() throws Exception {
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusMonths(2);
        byte[] file = mvc.perform(get("/life/register.xlsx").param("from", from.toString()).param("to", to.toString())
                        .with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("组织生活会议登记表");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("会议主题");
            assertThat(sheet.getLastRowNum()).isGreaterThan(5);
            String first = sheet.getRow(2).getCell(1).getStringCellValue();
            String last = sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue();
            assertThat(first).isLessThanOrEqualTo(last);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).as("only the secretary's branch and its groups")
                        .startsWith("民事审判第一庭");
            }
        }
    }

    @Test
    void theDemoYearInvitedSeventyOrdinaryMembersToOpenPartyGroupMeetings() {
        long invited = jdbc.sql("""
                        select count(distinct a.member_id) from meeting_attendee a join meeting m on m.id = a.meeting
                        join court c on c.id = m.court_id
                        where m.type = 'OPEN_LEADERSHIP_MEETING' and a.invited and a.status = 'PRESENT'
                        and c.name = '北京市西城区人民法院'""").query(Long.class).single();
        assertThat(invited).isEqualTo(70);
        long published = jdbc.sql("select count(*) from publication p join court c on c.id = p.court_id where c.name = '北京市西城区人民法院'")
                .query(Long.class).single();
        assertThat(published).isPositive();
        long types = jdbc.sql("select count(distinct type) from meeting where state = 'HELD'").query(Long.class).single();
        assertThat(types).as("every type of meeting").isEqualTo(8);
    }
}
