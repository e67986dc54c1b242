package court.tianping.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class OrganisationE2E extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminLogsInAndSeesTheOrganisationFigures() {
        logIn("admin");
        assertThat(page.locator("h1")).hasText("组织概况");
        assertThat(page.getByTestId("figure-cells")).not().hasText("0");
        assertThat(page.getByTestId("current-user")).containsText("平台管理员");
        assertThat(page.locator("[data-chart] canvas").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/home.png")));
    }

    @Test
    void aWrongPasswordIsRefusedInChinese() {
        page.navigate(url("/login"));
        page.fill("#username", "admin");
        page.fill("#password", "wrong-password");
        page.click("button[type=submit]");
        assertThat(page.locator(".alert-danger")).hasText("用户名或密码错误。");
    }

    @Test
    void theTreeOfTheMainCourtHas22FunctionalBranchesAnd107Groups() {
        logIn("admin");
        page.click("text=组织体系");
        page.getByTestId("court-tree").locator("a", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("北京市西城区人民法院")).click();
        assertThat(page.getByTestId("selected-court")).hasText("北京市西城区人民法院");
        assertThat(page.getByTestId("tree-summary")).containsText("司法职能型 22 个");
        assertThat(page.getByTestId("tree-summary")).containsText("党小组 107 个");
        assertThat(page.locator("tr[data-type=CELL]")).hasCount(107);
        assertThat(page.locator("tr[data-type=BRANCH][data-nature=FUNCTIONAL]")).hasCount(22);
        assertThat(page.locator("tr[data-nature=TEMPORARY]").first()).containsText("临时党支部");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/tree.png")).setFullPage(false));
        page.click("text=民事审判第一庭党支部");
        assertThat(page.getByTestId("organization-name")).hasText("民事审判第一庭党支部");
    }

    @Test
    void theInterfaceSwitchesToEnglish() {
        logIn("office");
        page.navigate(url("/organizations?lang=en"));
        assertThat(page.locator("h1")).hasText("Organisation");
        page.navigate(url("/members"));
        assertThat(page.locator("h1")).hasText("Members");
        page.navigate(url("/members?lang=zh_CN"));
        assertThat(page.locator("h1")).hasText("党员名册");
    }

    @Test
    void theLayoutWorksAtPhoneWidth() {
        page.setViewportSize(390, 844);
        logIn("office");
        assertThat(page.locator("#tp-sidebar")).isHidden();
        assertThat(page.locator("button[data-bs-target='#tp-sidebar']")).isVisible();
        page.click("button[data-bs-target='#tp-sidebar']");
        assertThat(page.locator("#tp-sidebar >> text=\"党员\"")).isVisible();
        page.click("#tp-sidebar >> text=\"党员\"");
        assertThat(page.locator("h1")).hasText("党员名册");
    }
}
