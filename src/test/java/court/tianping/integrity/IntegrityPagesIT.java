package court.tianping.integrity;

import court.tianping.IntegrationTest;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The integrity pages and API: who reads what (only the discipline office reads 三个规定 records in full; a member
 * sees the receipts of their own; the office sees counts), signing the commitment, zero reports and reminders, and
 * bad input on every form and endpoint refused with a message, changing nothing.
 */
@IntegrationTest
class IntegrityPagesIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String page(String user, String path) throws Exception {
        RequestContextHolder.resetRequestAttributes();
        return mvc.perform(get(path).with(as(accounts, user))).andReturn().getResponse().getContentAsString();
    }

    private int status(String user, String path) throws Exception {
        RequestContextHolder.resetRequestAttributes();
        return mvc.perform(get(path).with(as(accounts, user))).andReturn().getResponse().getStatus();
    }

    private static String flash(MvcResult result, String name) {
        Object value = result.getFlashMap().get(name);
        return value == null ? null : value.toString();
    }

    @Test
    void onlyTheDisciplineOfficeReadsRecordsAMemberSeesTheirOwnReceiptsAndTheOfficeSeesCounts() throws Exception {
        IntegrityChainIT.record(mvc, accounts, "member", "(2026)京0102民初7101号", "电话打听案件合议意见");
        assertThat(status("member", "/integrity/records")).isEqualTo(403);
        assertThat(status("office", "/integrity/records")).isEqualTo(403);
        assertThat(status("secretary", "/integrity/verification")).isEqualTo(403);
        assertThat(status("member", "/api/v1/integrity/records")).isEqualTo(403);
        assertThat(page("discipline", "/integrity/records")).contains("(2026)京0102民初7101号").contains("周某");
        assertThat(page("discipline", "/api/v1/integrity/records?type=IMPROPER_CONTACT")).contains("(2026)京0102民初7101号");

        assertThat(page("member", "/integrity")).contains("(2026)京0102民初7101号");
        assertThat(page("cellleader", "/integrity")).doesNotContain("(2026)京0102民初7101号");

        String figures = page("office", "/integrity/figures");
        assertThat(figures).contains("三个规定记录").contains("承诺书签订率").doesNotContain("周某").doesNotContain("7101");
    }

    @Test
    void aBadRecordFormComesBackWithAMessageAndWhatWasTypedAndStoresNothing() throws Exception {
        long before = count("interference_record");
        String noName = mvc.perform(post("/integrity/records").with(as(accounts, "member")).with(csrf())
                .param("type", "INSIDER_INQUIRY").param("caseReference", "(2026)京0102民初7201号")
                .param("occurredAt", "2026-01-05T10:00").param("details", "询问进度").param("handling", "拒绝"))
                .andReturn().getResponse().getContentAsString();
        assertThat(noName).contains("请填写过问或干预人姓名").contains("value=\"(2026)京0102民初7201号\"");
        RequestContextHolder.resetRequestAttributes();
        String badTime = mvc.perform(post("/integrity/records").with(as(accounts, "member")).with(csrf())
                .param("type", "INSIDER_INQUIRY").param("caseReference", "案号").param("intervenerName", "王某")
                .param("intervenerPost", "干警").param("occurredAt", "明天").param("details", "询问").param("handling", "拒绝"))
                .andReturn().getResponse().getContentAsString();
        assertThat(badTime).contains("“明天”不是有效的时间");
        RequestContextHolder.resetRequestAttributes();
        String laterThanNow = mvc.perform(post("/integrity/records").with(as(accounts, "member")).with(csrf())
                .param("type", "INSIDER_INQUIRY").param("caseReference", "案号").param("intervenerName", "王某")
                .param("intervenerPost", "干警").param("occurredAt", LocalDate.now().plusDays(2) + "T10:00")
                .param("details", "询问").param("handling", "拒绝")).andReturn().getResponse().getContentAsString();
        assertThat(laterThanNow).contains("发生时间不能晚于现在");
        RequestContextHolder.resetRequestAttributes();
        String notMine = mvc.perform(post("/integrity/records").with(as(accounts, "cellleader")).with(csrf())
                .param("type", "INSIDER_INQUIRY").param("caseReference", "案号").param("intervenerName", "王某")
                .param("intervenerPost", "干警").param("occurredAt", "2026-01-05T10:00").param("details", "更正")
                .param("handling", "更正").param("correctsSeq", "99999")).andReturn().getResponse().getContentAsString();
        assertThat(notMine).contains("没有编号为 99999 的可更正记录");
        assertThat(count("interference_record")).isEqualTo(before);
    }

    @Test
    void theApiRefusesABadRecordWithAProblemInTheCallersLanguage() throws Exception {
        long before = count("interference_record");
        MvcResult missing = mvc.perform(post("/api/v1/integrity/records").with(as(accounts, "member"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"INSIDER_INQUIRY\", \"caseReference\": \"案号\"}"))
                .andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(422);
        assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("发生时间");
        RequestContextHolder.resetRequestAttributes();
        MvcResult badType = mvc.perform(post("/api/v1/integrity/records").with(as(accounts, "member"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"BRIBERY\"}")).andReturn();
        assertThat(badType.getResponse().getStatus()).isEqualTo(400);
        RequestContextHolder.resetRequestAttributes();
        MvcResult badMonth = mvc.perform(post("/api/v1/integrity/zero-reports").with(as(accounts, "member"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"month\": \"2026-13\"}")).andReturn();
        assertThat(badMonth.getResponse().getStatus()).isEqualTo(422);
        assertThat(badMonth.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("不是有效的月份");
        RequestContextHolder.resetRequestAttributes();
        MvcResult created = mvc.perform(post("/api/v1/integrity/records").with(as(accounts, "member"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "LEADING_CADRE_INTERFERENCE", "caseReference": "(2026)京0102执5301号", "intervenerName": "郑某",
                         "intervenerPost": "某区局副局长", "occurredAt": "%s", "details": "来电要求暂缓执行", "handling": "拒绝并报告"}"""
                        .formatted(LocalDate.now().minusDays(1) + "T09:15:00"))).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getContentAsString()).containsPattern("\"hash\":\"[0-9a-f]{64}\"");
        assertThat(count("interference_record")).isEqualTo(before + 1);
    }

    @Test
    void aMemberSignsTheCommitmentOnceWithADocumentRecognisedFromItsContent() throws Exception {
        long member = accounts.findByUsername("secretary").orElseThrow().memberId();
        int year = LocalDate.now().getYear();
        jdbc.sql("delete from integrity_commitment where member_id = :m and campaign_year = :y").param("m", member).param("y", year).update();
        String where = "integrity_commitment where member_id = " + member + " and campaign_year = " + year;

        MvcResult text = mvc.perform(multipart("/integrity/commitment").file(new MockMultipartFile("document", "承诺书.pdf",
                "application/pdf", "这不是PDF".getBytes(StandardCharsets.UTF_8))).param("signedOn", LocalDate.now().toString())
                .with(as(accounts, "secretary")).with(csrf())).andReturn();
        assertThat(flash(text, "failure")).contains("承诺书.pdf").contains("不是 PDF");
        RequestContextHolder.resetRequestAttributes();
        MvcResult none = mvc.perform(multipart("/integrity/commitment").param("signedOn", LocalDate.now().toString())
                .with(as(accounts, "secretary")).with(csrf())).andReturn();
        assertThat(flash(none, "failure")).contains("请上传签字后的承诺书");
        RequestContextHolder.resetRequestAttributes();
        MvcResult tomorrow = mvc.perform(multipart("/integrity/commitment").file(new MockMultipartFile("document", "承诺书.pdf",
                "application/pdf", PDF)).param("signedOn", LocalDate.now().plusDays(1).toString())
                .with(as(accounts, "secretary")).with(csrf())).andReturn();
        assertThat(flash(tomorrow, "failure")).contains("不晚于今天");
        assertThat(count(where)).isZero();

        RequestContextHolder.resetRequestAttributes();
        MvcResult signed = mvc.perform(multipart("/integrity/commitment").file(new MockMultipartFile("document", "承诺书.pdf",
                "application/octet-stream", PDF)).param("signedOn", LocalDate.now().toString())
                .with(as(accounts, "secretary")).with(csrf())).andReturn();
        assertThat(flash(signed, "notice")).contains("已签订");
        assertThat(jdbc.sql("select content_type from " + where).query(String.class).single()).isEqualTo("application/pdf");
        RequestContextHolder.resetRequestAttributes();
        MvcResult again = mvc.perform(multipart("/integrity/commitment").file(new MockMultipartFile("document", "承诺书.pdf",
                "application/pdf", PDF)).param("signedOn", LocalDate.now().toString())
                .with(as(accounts, "secretary")).with(csrf())).andReturn();
        assertThat(flash(again, "failure")).contains("您已签订");
        assertThat(count(where)).isEqualTo(1);
        long id = jdbc.sql("select id from " + where).query(Long.class).single();
        assertThat(jdbc.sql("select action from audit_log where subject_type = 'integrity-commitment' and subject_id = :id")
                .param("id", Long.toString(id)).query(String.class).list()).containsExactly("integrity.commitment-signed");
        RequestContextHolder.resetRequestAttributes();
        assertThat(mvc.perform(get("/integrity/commitments/{id}/document", id).with(as(accounts, "office"))).andReturn()
                .getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(page("office", "/integrity/commitments")).contains("签订率");
    }

    @Test
    void theOfficeOpensACampaignOncePerYearAndOnlyNearYears() throws Exception {
        int year = LocalDate.now().getYear();
        MvcResult twice = mvc.perform(post("/integrity/campaigns").param("year", Integer.toString(year))
                .with(as(accounts, "office")).with(csrf())).andReturn();
        assertThat(flash(twice, "failure")).contains(year + " 年的承诺书签订已经开启");
        RequestContextHolder.resetRequestAttributes();
        MvcResult old = mvc.perform(post("/integrity/campaigns").param("year", "1999").with(as(accounts, "office")).with(csrf())).andReturn();
        assertThat(flash(old, "failure")).contains("只能开启");
        RequestContextHolder.resetRequestAttributes();
        MvcResult notANumber = mvc.perform(post("/integrity/campaigns").param("year", "明年").with(as(accounts, "office")).with(csrf())).andReturn();
        assertThat(flash(notANumber, "failure")).contains("不是有效的年份");
        assertThat(count("integrity_campaign where campaign_year = 1999")).isZero();
    }

    @Test
    void aZeroReportIsFiledOnceAMonthAndTheOfficeRemindsThoseWhoFiledNeither() throws Exception {
        YearMonth month = YearMonth.now();
        long member = accounts.findByUsername("leader").orElseThrow().memberId();
        MvcResult filed = mvc.perform(post("/integrity/zero-reports").param("month", month.toString())
                .with(as(accounts, "leader")).with(csrf())).andReturn();
        assertThat(flash(filed, "notice")).contains("零报告已提交");
        RequestContextHolder.resetRequestAttributes();
        MvcResult again = mvc.perform(post("/integrity/zero-reports").param("month", month.toString())
                .with(as(accounts, "leader")).with(csrf())).andReturn();
        assertThat(flash(again, "failure")).contains("已经提交");
        RequestContextHolder.resetRequestAttributes();
        MvcResult future = mvc.perform(post("/integrity/zero-reports").param("month", month.plusMonths(1).toString())
                .with(as(accounts, "leader")).with(csrf())).andReturn();
        assertThat(flash(future, "failure")).contains("只能报告本月");
        RequestContextHolder.resetRequestAttributes();
        MvcResult garbled = mvc.perform(post("/integrity/zero-reports").param("month", "十二月")
                .with(as(accounts, "leader")).with(csrf())).andReturn();
        assertThat(flash(garbled, "failure")).contains("不是有效的月份");
        assertThat(count("zero_report where member_id = " + member + " and report_month = '" + month + "'")).isEqualTo(1);

        long missing = accounts.findByUsername("secretary").orElseThrow().memberId();
        String api = page("office", "/api/v1/integrity/zero-reports?month=" + month);
        assertThat(api).doesNotContain("\"memberId\":" + member + ",").contains("\"memberId\":" + missing + ",");

        RequestContextHolder.resetRequestAttributes();
        MvcResult reminded = mvc.perform(post("/integrity/zero-reports/reminders").param("month", month.toString())
                .with(as(accounts, "office")).with(csrf())).andReturn();
        assertThat(flash(reminded, "notice")).startsWith("已提醒").doesNotContain("已提醒 0 人");
        assertThat(jdbc.sql("select count(*) from notification where member_id = :m and message_key = 'notice.integrity.zero-report'")
                .param("m", missing).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where member_id = :m and message_key = 'notice.integrity.zero-report'")
                .param("m", member).query(Long.class).single()).isZero();
        RequestContextHolder.resetRequestAttributes();
        MvcResult twice = mvc.perform(post("/integrity/zero-reports/reminders").param("month", month.toString())
                .with(as(accounts, "office")).with(csrf())).andReturn();
        assertThat(flash(twice, "notice")).isEqualTo("已提醒 0 人。");
    }

    @Test
    void aMemberWhoRecordedSomethingThisMonthHasNoZeroReportToFile() throws Exception {
        IntegrityChainIT.record(mvc, accounts, "discipline", "(2026)京0102民初7401号", "饭局邀请");
        RequestContextHolder.resetRequestAttributes();
        MvcResult refused = mvc.perform(post("/integrity/zero-reports").param("month", YearMonth.now().toString())
                .with(as(accounts, "discipline")).with(csrf())).andReturn();
        assertThat(flash(refused, "failure")).contains("无需零报告");
        assertThat(page("discipline", "/integrity")).contains("已填报记录");
    }
}
