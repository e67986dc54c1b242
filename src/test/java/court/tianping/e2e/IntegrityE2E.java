package court.tianping.e2e;

import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Integrity in the browser: a member records a 三个规定 entry and sees its receipt, someone of the Party-affairs office files the month's
 * zero report and signs the year's commitment with a PDF, and the discipline office reads the record and finds
 * the chain intact.
 */
class IntegrityE2E extends BrowserTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private void logInAs(String user) {
        page.context().clearCookies();
        logIn(user);
    }

    @Test
    void aRecordAZeroReportAndACommitmentAndTheChainStaysIntact() throws IOException {
        logIn("member");
        page.navigate(url("/integrity"));
        page.getByTestId("new-record").click();
        page.selectOption("#type", "IMPROPER_CONTACT");
        page.fill("#caseReference", "(2026)京0102民初8801号");
        page.fill("#intervenerName", "吴某");
        page.fill("#intervenerPost", "某律师事务所律师");
        page.fill("#occurredAt", LocalDateTime.now().minusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        page.fill("#details", "庭后在停车场等候，提出私下沟通案情");
        page.fill("#handling", "当场拒绝，告知通过书面代理意见提出主张，已报告纪检监察室");
        page.click("[data-testid=record-form] button[type=submit]");
        assertThat(page.getByTestId("notice")).containsText("已填报");
        assertThat(page.getByTestId("my-records")).containsText("(2026)京0102民初8801号");

        long office = accounts.findByUsername("office").orElseThrow().memberId();
        jdbc.sql("delete from integrity_commitment where member_id = :m and campaign_year = :y")
                .param("m", office).param("y", LocalDate.now().getYear()).update();
        String month = YearMonth.now().toString();
        logInAs("office");
        page.navigate(url("/integrity"));
        assertThat(page.getByTestId("month-state-" + month)).hasText("未报告");
        page.click("[data-testid=zero-form-" + month + "] button[type=submit]");
        assertThat(page.getByTestId("notice")).containsText("零报告已提交");
        assertThat(page.getByTestId("month-state-" + month)).hasText("已零报告");

        Path pdf = Paths.get("target", "廉洁承诺书.pdf").toAbsolutePath();
        Files.write(pdf, "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(page.getByTestId("commitment-state")).containsText("未签订");
        page.fill("#signedOn", LocalDate.now().toString());
        page.setInputFiles("#document", pdf);
        page.click("[data-testid=sign-form] button[type=submit]");
        assertThat(page.getByTestId("notice")).containsText("廉洁承诺书已签订");
        assertThat(page.getByTestId("commitment-state")).containsText("已签订");

        logInAs("discipline");
        page.navigate(url("/integrity/records"));
        assertThat(page.getByTestId("record-table")).containsText("(2026)京0102民初8801号");
        assertThat(page.getByTestId("record-table")).containsText("吴某");
        page.navigate(url("/integrity/verification"));
        assertThat(page.getByTestId("chain-verdict")).containsText("记录链完整");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/integrity-verification.png")));
    }
}
