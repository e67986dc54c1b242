package court.tianping.study;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The study pages of the demo year, the register as the office files it, and the REST API. */
@IntegrationTest
class StudyPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeSeesTheDemoYearOfStudyOnEveryPage() throws Exception {
        mvc.perform(get("/study?kind=LECTURE").with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("大讲堂讲座")));
        mvc.perform(get("/study/inspections").with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已检查")));
        mvc.perform(get("/study/classes").with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("全院政治轮训班（第1期）")));
        mvc.perform(get("/study/groups").with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("“前哨”青年理论学习小组")))
                .andExpect(content().string(containsString("政治理论及业务学习大讲堂")));
        mvc.perform(get("/study/hours").with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("北京市西城区人民法院")));
        mvc.perform(get("/study/sessions/new").with(as(accounts, "office"))).andExpect(status().isOk());
        mvc.perform(get("/study/inspections/new").with(as(accounts, "office"))).andExpect(status().isOk());
        long group = jdbc.sql("select min(id) from youth_study_group").query(Long.class).single();
        mvc.perform(get("/study/groups/{id}", group).with(as(accounts, "office"))).andExpect(status().isOk());
        long training = jdbc.sql("select min(id) from training_class").query(Long.class).single();
        mvc.perform(get("/study/classes/{id}", training).with(as(accounts, "office"))).andExpect(status().isOk());
        long inspection = jdbc.sql("select min(id) from study_inspection").query(Long.class).single();
        mvc.perform(get("/study/inspections/{id}", inspection).with(as(accounts, "office"))).andExpect(status().isOk());
        long chained = jdbc.sql("select min(member_id) from training_chain").query(Long.class).single();
        mvc.perform(get("/study/members/{id}/training", chained).with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("新入职人员培训")));
        mvc.perform(get("/study?lang=en").with(as(accounts, "office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a study session")));
    }

    @Test
    void theRegisterOfAPeriodIsAWorkbookOfSessionsHoursAndInspections() throws Exception {
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusMonths(6);
        byte[] file = mvc.perform(get("/study/register.xlsx").param("from", from.toString()).param("to", to.toString())
                        .with(as(accounts, "office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long held = jdbc.sql("""
                select count(*) from study_session s join court c on c.id = s.court_id
                where c.name = '北京市西城区人民法院' and s.state = 'HELD' and s.starts_at >= :from and s.starts_at < :to""")
                .param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay()).query(Long.class).single();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet sessions = workbook.getSheet("学习活动登记");
            assertThat(sessions.getRow(0).getCell(0).getStringCellValue()).startsWith("北京市西城区人民法院 学习活动登记");
            assertThat(sessions.getRow(1).getCell(3).getStringCellValue()).isEqualTo("学习形式");
            assertThat(sessions.getLastRowNum() - 1).isEqualTo(held);
            assertThat(workbook.getSheet("党员学时统计").getLastRowNum()).isGreaterThan(100);
            assertThat(workbook.getSheet("督学记录").getRow(1).getCell(6).getStringCellValue()).isEqualTo("发现问题");
        }
        mvc.perform(get("/study/register.xlsx").param("from", to.toString()).param("to", from.toString())
                .with(as(accounts, "office"))).andExpect(status().is4xxClientError());
    }

    @Test
    void theApiRecordsAHeldSessionAndRefusesBadInputInTheCallersLanguage() throws Exception {
        long branch = accounts.findByUsername("secretary").orElseThrow().organizationId();
        long member = accounts.findByUsername("member").orElseThrow().memberId();
        String start = LocalDate.now().minusDays(1).atTime(15, 0).toString();
        String end = LocalDate.now().minusDays(1).atTime(16, 30).toString();
        String body = """
                {"kind": "JOINT_STUDY", "organizationId": %d, "title": "接口登记的学习日", "startsAt": "%s", "endsAt": "%s",
                 "attendees": [%d]}""".formatted(branch, start, end, member);
        String location = mvc.perform(post("/api/v1/study/sessions").with(as(accounts, "secretary"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(as(accounts, "member"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("HELD")).andExpect(jsonPath("$.minutes").value(90))
                .andExpect(jsonPath("$.attendees[0].memberId").value(member));
        long before = jdbc.sql("select count(*) from study_session").query(Long.class).single();
        mvc.perform(post("/api/v1/study/sessions").with(as(accounts, "secretary")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(end, LocalDate.now().minusDays(2).atTime(9, 0).toString())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("结束时间不能早于或等于开始时间")));
        assertThat(jdbc.sql("select count(*) from study_session").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/api/v1/study/hours").param("from", LocalDate.now().minusDays(1).toString())
                        .param("to", LocalDate.now().minusDays(1).toString()).with(as(accounts, "secretary")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.branches[0].id").value(branch));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/study/sessions/{id}/hold")))
                .andExpect(content().string(containsString("/api/v1/study/hours")));
        mvc.perform(post("/api/v1/study/members/{id}/training", member).with(as(accounts, "office"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"SERVING\", \"reachedOn\": \"2000-01-01\"}"))
                .andExpect(status().isUnprocessableContent());
    }
}
