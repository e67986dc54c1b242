package court.tianping.e2e;

import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A complaint about a member comes in on the supervision phone and is recorded by the discipline office; the member
 * does not see it while it waits; the discipline office verifies it as founded with a note; it appears in the
 * member's flaw archive (瑕疵档案).
 */
class SupervisionE2E extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    private static final String COMPLAINT = "监督电话反映承办人接待时态度生硬（浏览器测试）。";

    @Test
    void aComplaintVerifiedFoundedAppearsInTheMembersFlawArchive() {
        logIn("discipline");
        page.navigate(url("/supervision/feedback"));
        page.getByTestId("new-feedback").click();
        page.selectOption("#memberId", Long.toString(accounts.findByUsername("member").orElseThrow().memberId()));
        page.selectOption("#source", "SUPERVISION_PHONE");
        page.selectOption("#kind", "COMPLAINT");
        page.fill("#content", COMPLAINT);
        page.fill("#giverName", "赵女士");
        page.fill("#giverPhone", "1391234");
        page.getByTestId("feedback-submit").click();
        assertThat(page.getByTestId("form-error")).containsText("联系电话格式不正确");
        assertThat(page.locator("#content")).hasValue(COMPLAINT);
        page.fill("#giverPhone", "13912345678");
        page.getByTestId("feedback-submit").click();
        assertThat(page.getByTestId("notice")).containsText("反馈已登记");
        assertThat(page.getByTestId("feedback-state")).hasText("待核实");
        String feedbackUrl = page.url();

        page.getByTestId("verify-submit").click();
        assertThat(page.getByTestId("failure")).containsText("核实结论");
        page.selectOption("#verdict", "FOUNDED");
        page.fill("#note", "经调取通话录音核实，情况属实，已约谈提醒。");
        page.getByTestId("verify-submit").click();
        assertThat(page.getByTestId("notice")).hasText("核实结论已记录。");
        assertThat(page.getByTestId("feedback-state")).hasText("核实属实");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(Paths.get("target", "supervision-verified.png")));

        page.context().clearCookies();
        logIn("member");
        // the archive writes the entry after the verification commits: look again until it is there
        for (int attempt = 0; attempt < 20; attempt++) {
            page.navigate(url("/archive/mine"));
            if (page.getByTestId("flaws").textContent().contains(COMPLAINT)) {
                break;
            }
            page.waitForTimeout(500);
        }
        assertThat(page.getByTestId("flaws")).containsText(COMPLAINT);
        assertThat(page.getByTestId("merits")).not().containsText(COMPLAINT);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(Paths.get("target", "supervision-archive.png"))
                .setFullPage(true));
        page.navigate(feedbackUrl);
        assertThat(page.getByTestId("feedback-giver")).containsText("139****5678");
        assertThat(page.getByTestId("feedback-archived")).containsText("已写入党员档案");
    }
}
