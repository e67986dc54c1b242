package court.tianping.supervision;

import court.tianping.IntegrationTest;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.platform.UserAccounts;
import court.tianping.supervision.application.WeeklyReportJob;
import court.tianping.supervision.application.WeeklyReports;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Monday job under a moved clock: on the Monday after a week, each court gets one report of that week, with the
 * feedback received, what was found founded, the ratings and the archive entries per member and branch; run again,
 * it makes no second report. The branch secretary reads their branch's lines and exports them.
 */
@IntegrationTest
class WeeklyReportIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate WEEK = LocalDate.of(2030, 1, 7);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WeeklyReports reports;
    @Autowired
    OrganizationDirectory directory;

    private static Clock at(LocalDateTime moment) {
        return Clock.fixed(moment.atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    private void feedback(long member, String kind, String state, Integer rating, LocalDateTime received, LocalDateTime verified) {
        var person = directory.member(member).orElseThrow();
        var unit = directory.unit(person.organizationId()).orElseThrow();
        long branch = accounts.findByUsername("secretary").orElseThrow().organizationId();
        jdbc.sql("""
                        insert into feedback (court_id, source, kind, state, member_id, organization_id, organization_path,
                            branch_id, content, rating, received_at, recorded_by, verified_at, verified_by, verification_note)
                        values (:court, :source, :kind, :state, :member, :org, :path, :branch, '周报测试', :rating, :received,
                                'office', :verified, :by, :note)""")
                .param("court", person.courtId()).param("source", rating == null ? "HOTLINE_12368" : "FILING_RATING")
                .param("kind", kind).param("state", state).param("member", member).param("org", unit.id())
                .param("path", unit.path()).param("branch", branch).param("rating", rating).param("received", received)
                .param("verified", verified).param("by", verified == null ? null : "discipline")
                .param("note", verified == null ? null : "属实").update();
    }

    @Test
    void theMondayJobReportsTheWeekJustEndedOncePerCourt() throws Exception {
        long member = accounts.findByUsername("member").orElseThrow().memberId();
        long court = accounts.findByUsername("member").orElseThrow().courtId();
        LocalDateTime tuesday = WEEK.plusDays(1).atTime(10, 0);
        feedback(member, "PRAISE", "FOUNDED", 5, tuesday, tuesday.plusDays(1));
        feedback(member, "COMPLAINT", "FOUNDED", null, tuesday, tuesday.plusDays(2));
        feedback(member, "PRAISE", "RECEIVED", 4, WEEK.plusDays(6).atTime(23, 30), null);
        feedback(member, "PRAISE", "RECEIVED", null, WEEK.plusDays(7).atTime(0, 10), null);
        jdbc.sql("""
                        insert into archive_entry (court_id, member_id, organization_path, kind, source, state, occurred_on,
                            summary, created_by, created_at, verified_by, verified_at)
                        select court_id, id, '/周报/', 'MERIT', 'COMMENDATION', 'CONFIRMED', :on, '周报测试表彰', 'office', :at,
                               'discipline', :at from member where id = :member""")
                .param("on", WEEK.plusDays(2)).param("at", WEEK.plusDays(3).atTime(9, 0)).param("member", member).update();

        new WeeklyReportJob(reports, at(WEEK.plusDays(6).atTime(23, 0))).run();
        assertThat(reportsOf(WEEK.minusWeeks(1))).as("a Sunday reports the week before").isPositive();
        assertThat(reportsOf(WEEK)).as("the week is not over on Sunday").isZero();

        WeeklyReportJob monday = new WeeklyReportJob(reports, at(WEEK.plusDays(7).atTime(6, 0)));
        monday.run();
        monday.run();
        assertThat(jdbc.sql("select count(*) from weekly_feedback_report where court_id = :c and week_start = :w")
                .param("c", court).param("w", WEEK).query(Long.class).single()).isOne();
        long report = jdbc.sql("select id from weekly_feedback_report where court_id = :c and week_start = :w")
                .param("c", court).param("w", WEEK).query(Long.class).single();

        var line = jdbc.sql("""
                        select received, praise_founded, complaints_founded, ratings, rating_total, merits, flaws
                        from weekly_feedback_line where report_id = :r and subject = 'MEMBER' and member_id = :m""")
                .param("r", report).param("m", member)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)})
                .single();
        assertThat(line).containsExactly(3, 1, 1, 2, 9, 1, 0);
        long branch = accounts.findByUsername("secretary").orElseThrow().organizationId();
        int branchReceived = jdbc.sql("select received from weekly_feedback_line where report_id = :r and subject = 'BRANCH'"
                + " and organization_id = :b").param("r", report).param("b", branch).query(Integer.class).single();
        assertThat(branchReceived).isEqualTo(3);
        assertThat(reportsOf(WEEK.plusWeeks(1))).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from notification where role = 'BRANCH_SECRETARY' and organization_id = :b
                        and link = :link""").param("b", branch).param("link", "/supervision/reports/" + report)
                .query(Long.class).single()).as("the branch secretary is told once").isOne();

        mvc.perform(get("/supervision/reports/{id}", report).with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2030-01-07")))
                .andExpect(content().string(containsString(directory.memberNames(java.util.List.of(member)).get(member))))
                .andExpect(content().string(not(containsString("刑事审判庭党支部"))));
        RequestContextHolder.resetRequestAttributes();
        byte[] xlsx = mvc.perform(get("/supervision/reports/{id}/export", report).with(as(accounts, "office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("收到反馈");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isGreaterThanOrEqualTo(2);
        }
        RequestContextHolder.resetRequestAttributes();
        mvc.perform(get("/supervision/reports/{id}", report).with(as(accounts, "member"))).andExpect(status().isForbidden());
    }

    private long reportsOf(LocalDate week) {
        return jdbc.sql("select count(*) from weekly_feedback_report where week_start = :w").param("w", week)
                .query(Long.class).single();
    }
}
