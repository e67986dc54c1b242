package court.tianping.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import court.tianping.demand.SampleFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Party-affairs office sees the mobile branch and one judge missing from 双百分百, records an agreement with the
 * mobile branch and signs it with the signed document, records a legal lecture of that branch in which the judge took
 * part, with a photo; both shares rise by one and neither is missing any more.
 */
class CobuildingE2E extends BrowserTest {

    private static final String MOBILE = "诉讼服务中心流动党支部";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgreementAndAnActivityRaiseBothSharesOfTheTwoHundredPercents() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Path pdf = Files.write(Files.createTempFile("agreement", ".pdf"), SampleFiles.pdf());
        Path png = Files.write(Files.createTempFile("photo", ".png"), SampleFiles.png());

        logIn("office");
        page.navigate(url("/cobuilding"));
        assertThat(page.getByTestId("branches-missing")).containsText(MOBILE);
        String branchesBefore = page.getByTestId("branch-share-value").textContent();
        String judgesBefore = page.getByTestId("judge-share-value").textContent();
        String judge = page.locator("[data-testid=judges-missing] li").first().textContent().strip();
        long judgeId = jdbc.sql("select min(id) from member where name = :n and position = 'JUDGE'").param("n", judge)
                .query(Long.class).single();
        assertThat(page.getByTestId("expiring-agreements")).isVisible();

        page.navigate(url("/cobuilding/agreements"));
        page.getByTestId("new-agreement").click();
        page.fill("#title", "诉讼服务中心流动党支部与中国政法大学共建协议");
        page.fill("#validFrom", today.withDayOfYear(1).toString());
        page.fill("#validTo", LocalDate.of(today.getYear() + 1, 12, 31).toString());
        page.fill("#content", "大学生志愿者服务基地：学生到诉讼服务中心参加志愿服务，法官到校开展法治讲座。");
        page.selectOption("#partners", new SelectOption().setLabel("中国政法大学"));
        page.selectOption("#branches", new SelectOption().setLabel(MOBILE));
        page.getByTestId("agreement-submit").click();
        assertThat(page.getByTestId("notice")).hasText("共建协议已登记，请在签订后上传签字盖章件。");
        assertThat(page.getByTestId("agreement-state")).hasText("草拟");

        page.fill("#signedOn", today.toString());
        page.getByTestId("sign-submit").click();
        assertThat(page.getByTestId("failure")).hasText("请上传签字盖章的协议文本。");
        page.fill("#signedOn", today.toString());
        page.setInputFiles("#document", pdf);
        page.getByTestId("sign-submit").click();
        assertThat(page.getByTestId("notice")).hasText("协议签订情况已登记。");
        assertThat(page.getByTestId("agreement-state")).hasText("已签订");
        assertThat(page.getByTestId("agreement-document")).isVisible();

        page.navigate(url("/cobuilding"));
        assertThat(page.getByTestId("branches-missing")).containsText(MOBILE + " （无共建活动）");

        page.navigate(url("/cobuilding/activities"));
        page.getByTestId("new-activity").click();
        page.fill("#heldOn", today.toString());
        page.selectOption("#type", "LEGAL_LECTURE");
        page.fill("#title", "“诉源治理直通车”普法讲堂进高校");
        page.selectOption("#partner", new SelectOption().setLabel("中国政法大学"));
        page.fill("#peopleReached", "120");
        page.selectOption("#branches", new SelectOption().setLabel(MOBILE));
        page.selectOption("#participants", Long.toString(judgeId));
        page.setInputFiles("#photos", png);
        page.getByTestId("activity-submit").click();
        assertThat(page.getByTestId("notice")).hasText("共建活动已登记。");
        assertThat(page.getByTestId("activity-participants")).containsText(judge);
        assertThat(page.locator("[data-testid=activity-photos] img")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "cobuilding-activity.png")).setFullPage(true));

        page.navigate(url("/cobuilding"));
        assertThat(page.getByTestId("branch-share-value")).hasText(raised(branchesBefore));
        assertThat(page.getByTestId("judge-share-value")).hasText(raised(judgesBefore));
        assertThat(page.getByTestId("branch-share")).not().containsText(MOBILE);
        assertThat(page.getByTestId("judge-share")).not().containsText(judge);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "cobuilding-figures.png")).setFullPage(true));
    }

    /** "25 / 26 (96.2%)" with one more counted: "26 / 26 (100.0%)". */
    private static String raised(String share) {
        String[] parts = share.split("[ /()%]+");
        int numerator = Integer.parseInt(parts[0]) + 1;
        int denominator = Integer.parseInt(parts[1]);
        assertThat(numerator).isLessThanOrEqualTo(denominator);
        return numerator + " / " + denominator + " (" + Math.round(1000.0 * numerator / denominator) / 10.0 + "%)";
    }
}
