package court.tianping.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import court.tianping.demand.SampleFiles;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A resident asks for help from a phone, with a photo; the court takes the demand through the whole flow and
 * downloads the photo; the resident rates it. Files over the limits are stopped in the browser, and by the
 * server when they get through.
 */
class DemandE2E extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private String codeOfACommunityIn(String street) {
        return jdbc.sql("""
                        select min(p.code) from service_point p join street s on s.id = p.street_id
                        where s.name = :street and p.kind = 'COMMUNITY'""")
                .param("street", street).query(String.class).single();
    }

    private Page phone(Browser.NewContextOptions options) {
        BrowserContext phone = page.context().browser().newContext(options);
        return phone.newPage();
    }

    private void logInAs(String user) {
        page.context().clearCookies();
        logIn(user);
    }

    private Page residentsPhone() {
        return phone(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
    }

    @Test
    void aResidentsRequestGoesThroughTheWholeFlowAndIsRated() throws IOException {
        Path photo = Files.createDirectories(Paths.get("target", "e2e-files")).resolve("天花板.png");
        Files.write(photo, SampleFiles.png());
        Page resident = residentsPhone();
        resident.navigate(url("/public/q/" + codeOfACommunityIn("西长安街街道")));
        resident.fill("#requesterName", "周淑敏");
        resident.fill("#requesterPhone", "123");
        resident.fill("#description", "楼上卫生间漏水，天花板发霉，协商多次未果。");
        resident.setInputFiles("#files", photo);
        resident.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "demand-public-form.png"))
                .setFullPage(true));
        resident.click("[data-testid=public-form] button[type=submit]");
        assertThat(resident.getByTestId("form-error")).containsText("联系电话");
        assertThat(resident.getByTestId("choose-again")).isVisible();
        resident.fill("#requesterPhone", "13711112233");
        resident.setInputFiles("#files", photo);
        resident.click("[data-testid=public-form] button[type=submit]");
        assertThat(resident.getByTestId("submitted")).isVisible();
        String code = resident.getByTestId("tracking-code").textContent().strip();
        assertThat(resident.getByTestId("public-requester")).containsText("周*");
        resident.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "demand-public.png")));

        long id = jdbc.sql("select id from demand where tracking_code = :c").param("c", code).query(Long.class).single();
        logInAs("cellleader");
        page.navigate(url("/demands/" + id));
        assertThat(page.getByTestId("demand-state")).hasText("已派单待接单");
        assertThat(page.getByTestId("attachment")).hasCount(1);
        Download download = page.waitForDownload(() -> page.getByTestId("attachment").getByText("天花板.png").click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("天花板.png");
        Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(SampleFiles.png());
        page.click("[data-testid=accept-form] button[type=submit]");
        assertThat(page.getByTestId("demand-state")).hasText("已接单待指派");
        String memberName = jdbc.sql("select m.name from member m join user_account u on u.member_id = m.id where u.username = 'member'")
                .query(String.class).single();
        page.selectOption("#member", new SelectOption().setLabel(memberName));
        page.click("[data-testid=assign-form] button[type=submit]");
        assertThat(page.getByTestId("demand-member")).hasText(memberName);

        logInAs("member");
        page.navigate(url("/demands"));
        page.click("a[href='/demands/" + id + "']");
        page.selectOption("[data-testid=action-form] select[name=kind]", "CALL");
        page.fill("[data-testid=action-form] input[name=minutes]", "20");
        page.fill("[data-testid=action-form] textarea[name=note]", "电话联系双方，约定上门查看。");
        page.click("[data-testid=action-form] button[type=submit]");
        assertThat(page.getByTestId("demand-state")).hasText("办理中");
        page.click("[data-testid=resolve-form] button[type=submit]");
        assertThat(page.getByTestId("failure")).containsText("办理结果");
        page.selectOption("#outcome", "MEDIATED_AGREEMENT");
        page.fill("[data-testid=resolve-form] textarea[name=note]", "双方达成调解协议，楼上负责维修。");
        page.click("[data-testid=resolve-form] button[type=submit]");
        assertThat(page.getByTestId("demand-state")).hasText("已办结待回访");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "demand-detail.png")).setFullPage(true));

        resident.navigate(url("/public/track/" + code));
        resident.check("#sat-SATISFIED");
        resident.click("[data-testid=rate-form] button[type=submit]");
        assertThat(resident.getByTestId("public-state")).hasText("已回访");

        logInAs("secretary");
        page.navigate(url("/demands/" + id));
        page.click("[data-testid=close-form] button[type=submit]");
        assertThat(page.getByTestId("demand-state")).hasText("已结案");
        assertThat(page.getByTestId("timeline").locator("li")).hasCount(8);
    }

    @Test
    void filesOverTheLimitsAreStoppedInTheBrowserAndAnsweredByTheServer() {
        Page resident = residentsPhone();
        String form = url("/public/q/" + codeOfACommunityIn("西长安街街道"));
        resident.navigate(form);
        resident.fill("#description", "照片太大。");
        FilePayload large = new FilePayload("大图.png", "image/png", SampleFiles.pngOfSize(11 * 1024 * 1024));
        resident.setInputFiles("#files", large);
        resident.click("[data-testid=public-form] button[type=submit]");
        assertThat(resident).hasURL(form);
        Assertions.assertThat(resident.evalOnSelector("#files", "e => e.validationMessage"))
                .isEqualTo("每个文件不能超过 10 MB。");

        String action = resident.getByTestId("public-form").getAttribute("action");
        APIResponse answer = resident.request().post(url(action), RequestOptions.create().setHeader("Referer", form)
                .setMultipart(FormData.create().set("description", "照片太大。").set("files", large)));
        Assertions.assertThat(answer.url()).isEqualTo(form);
        Assertions.assertThat(answer.text()).contains("上传的文件太大，未能提交：每个文件不能超过 10 MB");
    }

    @Test
    void theOfficeSeesTheThreeRatesAndTheDispatchQueue() {
        logIn("office");
        page.navigate(url("/demands"));
        assertThat(page.getByTestId("queue-TO_DISPATCH")).isVisible();
        page.navigate(url("/demands/figures"));
        assertThat(page.getByTestId("figure-satisfaction")).containsText("%");
        assertThat(page.locator("[data-chart] canvas").first()).isVisible();
        assertThat(page.getByTestId("hotspots").locator("tbody tr").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "demand-figures.png")).setFullPage(true));
    }
}
