package court.tianping.cobuilding;

import court.tianping.IntegrationTest;
import court.tianping.demand.SampleFiles;
import court.tianping.platform.UserAccounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 双百分百 and the 1+6 scorecard at the edges of a period, in years the demo left empty: an activity on 31 December
 * counts in that year and not the next, one on 1 January in the next; an agreement ending on 31 December is in force
 * that year only; one terminated on 30 June is in force up to that day; a street's report counts for its year.
 */
@IntegrationTest
class CobuildingFiguresIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    CobuildingCalls calls;

    @BeforeEach
    void calls() {
        calls = new CobuildingCalls(mvc, accounts, jdbc, json);
    }

    @Test
    void branchesJudgesAndStreetsAreCountedOnTheRightSideOfEveryBoundary() throws Exception {
        long b1 = calls.branch("民事审判第三庭党支部");
        long b2 = calls.branch("民事审判第四庭党支部");
        long j1 = calls.judgeOf(b1);
        long j2 = calls.judgeOf(b2);
        long s1 = calls.street("月坛街道");
        long s2 = calls.street("展览路街道");
        long partner = calls.partner("office", "边界测试共建单位" + System.nanoTime(), s1);

        long g1 = calls.agreement("office", partner, b1, "2020-01-01", "2020-12-31");
        assertThat(calls.sign("office", g1, "2019-12-20")).isEqualTo(204);
        long g2 = calls.agreement("office", partner, b2, "2020-06-01", "2029-12-31");
        assertThat(calls.sign("office", g2, "2020-05-20")).isEqualTo(204);
        mvc.perform(post("/api/v1/cobuilding/agreements/{id}/terminate", g2).with(as(accounts, "office"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"terminatedOn\": \"2021-06-30\", \"reason\": \"机构调整\"}".formatted(calls.version(g2))))
                .andExpect(status().isNoContent());
        calls.activity("office", "2020-12-31", "LEGAL_LECTURE", partner, s1, b1, j1, 80);
        calls.activity("office", "2021-01-01", "VISIT", partner, s2, b2, j2, 30);
        mvc.perform(multipart("/cobuilding/reports").file(new MockMultipartFile("file", "月坛街道2020年度报告.pdf", "application/pdf",
                        SampleFiles.pdf())).param("street", Long.toString(s1)).param("year", "2020").param("title", "月坛街道2020年度党建共建工作报告")
                        .with(as(accounts, "office")).with(csrf()))
                .andExpect(flash().attribute("notice", "街道共建年度报告已报送。"));

        JsonNode year2020 = calls.figures("2020-01-01", "2020-12-31");
        assertThat(missingBranches(year2020)).doesNotContain(b1).contains(b2);
        assertThat(missing(year2020, b2).get("agreement").asBoolean()).isTrue();
        assertThat(missing(year2020, b2).get("activity").asBoolean()).isFalse();
        assertThat(missingJudges(year2020)).doesNotContain(j1).contains(j2);
        assertThat(year2020.at("/months/11/activities").asInt()).isEqualTo(1);
        assertThat(year2020.at("/months/11/peopleReached").asInt()).isEqualTo(80);
        assertThat(year2020.at("/months/0/activities").asInt()).isZero();
        assertThat(year2020.get("activities").asInt()).isEqualTo(1);
        JsonNode s1In2020 = street(year2020, s1);
        assertThat(s1In2020.get("lectures").asInt()).isEqualTo(1);
        assertThat(s1In2020.get("activities").asInt()).isEqualTo(1);
        assertThat(s1In2020.get("reportId").isNull()).isFalse();
        assertThat(street(year2020, s2).get("activities").asInt()).isZero();

        JsonNode year2021 = calls.figures("2021-01-01", "2021-12-31");
        assertThat(missingBranches(year2021)).contains(b1).doesNotContain(b2);
        assertThat(missing(year2021, b1).get("agreement").asBoolean()).isFalse();
        assertThat(missingJudges(year2021)).contains(j1).doesNotContain(j2);
        assertThat(year2021.at("/months/0/activities").asInt()).isEqualTo(1);
        assertThat(street(year2021, s1).get("lectures").asInt()).isZero();
        assertThat(street(year2021, s1).get("reportId").isNull()).isTrue();
        assertThat(street(year2021, s2).get("activities").asInt()).isEqualTo(1);
        assertThat(street(year2021, s2).get("lectures").asInt()).isZero();

        Sheet scorecard2020 = workbook("/cobuilding/scorecard.xlsx", "2020-01-01", "2020-12-31");
        Row yuetan = row(scorecard2020, "月坛街道");
        assertThat(yuetan.getCell(5).getStringCellValue()).isEqualTo("1");
        assertThat(yuetan.getCell(7).getStringCellValue()).isEqualTo("已报送");
        assertThat(row(workbook("/cobuilding/scorecard.xlsx", "2021-01-01", "2021-12-31"), "月坛街道").getCell(7).getStringCellValue())
                .isEqualTo("缺失");
        Sheet register = workbook("/cobuilding/activities.xlsx", "2020-12-31", "2020-12-31");
        assertThat(register.getRow(0).getCell(0).getStringCellValue()).isEqualTo("党建共建活动登记表（2020-12-31 至 2020-12-31）");
        assertThat(register.getLastRowNum()).isEqualTo(2);
        assertThat(register.getRow(2).getCell(3).getStringCellValue()).isEqualTo("边界测试活动");
        assertThat((int) register.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(80);

        JsonNode lastDayInForce = calls.figures("2021-06-30", "2021-07-31");
        assertThat(missing(lastDayInForce, b2).get("agreement").asBoolean()).isTrue();
        JsonNode afterTermination = calls.figures("2021-07-01", "2021-12-31");
        assertThat(missing(afterTermination, b2).get("agreement").asBoolean()).isFalse();
        JsonNode newYearsEve = calls.figures("2020-12-31", "2020-12-31");
        assertThat(missingBranches(newYearsEve)).doesNotContain(b1);
        JsonNode newYearsDay = calls.figures("2021-01-01", "2021-01-01");
        assertThat(missingBranches(newYearsDay)).contains(b1).doesNotContain(b2);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/cobuilding/figures")
                        .param("from", "2021-02-01").param("to", "2021-01-31").with(as(accounts, "office")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail")
                        .value("统计期间的截止日期不能早于起始日期。"));
        mvc.perform(get("/cobuilding")
                        .param("from", "2021-02-01").param("to", "2021-01-31").with(as(accounts, "office")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("统计期间的截止日期不能早于起始日期。")));
    }

    private Sheet workbook(String path, String from, String to) throws Exception {
        byte[] content = mvc.perform(get(path)
                        .param("from", from).param("to", to).with(as(accounts, "office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // read in memory: nothing to close that holds a file
        return new XSSFWorkbook(new ByteArrayInputStream(content)).getSheetAt(0);
    }

    private static Row row(Sheet sheet, String street) {
        for (Row row : sheet) {
            if (row.getRowNum() > 1 && street.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(street + " is not in the workbook");
    }

    private static List<Long> missingBranches(JsonNode figures) {
        return ids(figures.at("/doubleHundred/branchesMissing"));
    }

    private static List<Long> missingJudges(JsonNode figures) {
        return ids(figures.at("/doubleHundred/judgesMissing"));
    }

    private static JsonNode missing(JsonNode figures, long branch) {
        for (JsonNode node : figures.at("/doubleHundred/branchesMissing")) {
            if (node.get("id").asLong() == branch) {
                return node;
            }
        }
        throw new AssertionError("branch " + branch + " is not missing");
    }

    private static JsonNode street(JsonNode figures, long street) {
        for (JsonNode node : figures.get("scorecard")) {
            if (node.get("streetId").asLong() == street) {
                return node;
            }
        }
        throw new AssertionError("street " + street + " is not on the scorecard");
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
