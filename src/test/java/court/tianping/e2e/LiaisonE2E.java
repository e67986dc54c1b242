package court.tianping.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Judge liaison in the browser: a judge logs a visit to their unit and issues a judicial suggestion, records the
 * unit's reply and its adoption; their own figures and the office's overview count them.
 */
class LiaisonE2E extends BrowserTest {

    private void logInAs(String user) {
        page.context().clearCookies();
        logIn(user);
    }

    private int figure(String testId) {
        return Integer.parseInt(page.getByTestId(testId).textContent().strip());
    }

    @Test
    void aVisitAndASuggestionFollowedToItsAdoptionChangeTheFigures() {
        String today = LocalDate.now().toString();
        logIn("office");
        page.navigate(url("/liaison/overview"));
        int officeVisits = figure("total-visits");
        int officeAdopted = figure("total-adopted");

        logInAs("member");
        page.navigate(url("/liaison"));
        int visits = figure("my-visits");
        int issued = figure("my-issued");
        int replied = figure("my-replied");
        int adopted = figure("my-adopted");

        page.fill("#visitedOn", today);
        page.fill("#topics", "参加优化营商环境企业家座谈会，了解企业用工纠纷");
        page.fill("#followUps", "寄送劳动合同示范文本\n两周内回访企业法务");
        page.click("[data-testid=visit-form] button[type=submit]");
        assertThat(page.getByTestId("notice")).containsText("走访已登记");
        assertThat(page.getByTestId("visit-topics")).hasText("参加优化营商环境企业家座谈会，了解企业用工纠纷");
        assertThat(page.getByTestId("follow-up-state-1")).hasText("待办");
        page.click("[data-testid=done-0]");
        assertThat(page.getByTestId("follow-up-state-0")).hasText("已办结");

        page.navigate(url("/liaison"));
        page.fill("#subject", "关于完善劳动合同管理防范用工风险的司法建议");
        page.fill("#issuedOn", today);
        page.fill("#replyDue", LocalDate.now().plusDays(30).toString());
        page.click("[data-testid=suggestion-form] button[type=submit]");
        assertThat(page.getByTestId("notice")).containsText("司法建议已登记");
        assertThat(page.getByTestId("suggestion-state")).hasText("已发出");

        page.fill("#repliedOn", today);
        page.fill("#reply", "已修订劳动合同文本并组织人事部门学习");
        page.click("[data-testid=reply-form] button[type=submit]");
        assertThat(page.getByTestId("suggestion-state")).hasText("已回复");
        assertThat(page.getByTestId("suggestion-reply")).hasText("已修订劳动合同文本并组织人事部门学习");

        page.fill("#decidedOn", today);
        page.click("[data-testid=adopt]");
        assertThat(page.getByTestId("notice")).containsText("采纳情况已登记");
        assertThat(page.getByTestId("suggestion-state")).hasText("已采纳");

        page.navigate(url("/liaison"));
        assertThat(page.getByTestId("my-visits")).hasText(Integer.toString(visits + 1));
        assertThat(page.getByTestId("my-issued")).hasText(Integer.toString(issued + 1));
        assertThat(page.getByTestId("my-replied")).hasText(Integer.toString(replied + 1));
        assertThat(page.getByTestId("my-adopted")).hasText(Integer.toString(adopted + 1));
        assertThat(page.getByTestId("suggestion-table")).containsText("关于完善劳动合同管理防范用工风险的司法建议");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target/screenshots/liaison-mine.png")));

        logInAs("office");
        page.navigate(url("/liaison/overview"));
        assertThat(page.getByTestId("total-visits")).hasText(Integer.toString(officeVisits + 1));
        assertThat(page.getByTestId("total-adopted")).hasText(Integer.toString(officeAdopted + 1));
        assertThat(page.getByTestId("suggestion-table")).containsText("关于完善劳动合同管理防范用工风险的司法建议");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target/screenshots/liaison-overview.png")));
    }

    @Test
    void aRefusedSuggestionComesBackWithTheReasonAndWhatWasTyped() {
        logIn("member");
        page.navigate(url("/liaison"));
        page.fill("#subject", "关于规范预付式消费经营行为的司法建议");
        page.fill("#issuedOn", LocalDate.now().toString());
        page.fill("#replyDue", LocalDate.now().minusDays(1).toString());
        page.click("[data-testid=suggestion-form] button[type=submit]");
        assertThat(page.getByTestId("failure")).containsText("回复期限须晚于发出日期");
        assertThat(page.locator("#subject")).hasValue("关于规范预付式消费经营行为的司法建议");
    }
}
