package court.tianping.e2e;

import court.tianping.core.IdCardNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class MemberE2E extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private static String idCard(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private void fillMember(String organization, String name, String idCard) {
        page.navigate(url("/members/new"));
        page.selectOption("#organizationId", new com.microsoft.playwright.options.SelectOption().setLabel(organization));
        page.fill("#name", name);
        page.selectOption("#gender", "FEMALE");
        page.fill("#idCardNo", idCard);
        page.fill("#phone", "13600001111");
        page.selectOption("#position", "JUDGE_ASSISTANT");
        page.fill("#joinedPartyOn", "2015-07-01");
        page.selectOption("#status", "FULL");
        page.click("[data-testid=member-form] button[type=submit]");
    }

    @Test
    void thePartyOfficeAddsAMemberAndFindsThemInTheList() {
        logIn("office");
        fillMember("家事少年审判庭党支部", "沈清禾", idCard("11010219910405123"));
        assertThat(page.getByTestId("member-name")).hasText("沈清禾");
        assertThat(page.getByTestId("member-organization")).hasText("家事少年审判庭党支部");
        page.navigate(url("/members"));
        page.fill("#q", "沈清禾");
        page.click("[data-testid=member-filter] button[type=submit]");
        assertThat(page.getByTestId("member-total")).hasText("共 1 条");
        assertThat(page.getByTestId("member-table")).containsText("110***********");
    }

    @Test
    void aBadIdCardIsRefusedAndNothingIsAdded() {
        logIn("office");
        fillMember("家事少年审判庭党支部", "错号者", "110102199104051230");
        assertThat(page.getByTestId("form-error")).containsText("身份证号无效");
        assertThat(page.locator("#name")).hasValue("错号者");
        page.navigate(url("/members?q=错号者"));
        assertThat(page.getByTestId("member-total")).hasText("共 0 条");
    }

    @Test
    void aMemberIsTransferredAndTheHistoryShowsIt() {
        long member = jdbc.sql("""
                select max(m.id) from member m join party_organization o on o.id = m.organization_id
                where o.name = '执行裁判庭党支部'""").query(Long.class).single();
        logIn("office");
        page.navigate(url("/members/" + member));
        page.click("text=组织关系转接");
        page.selectOption("#toOrganizationId", new com.microsoft.playwright.options.SelectOption().setLabel("审判监督庭党支部"));
        page.fill("#transferredOn", "2026-10-09");
        page.fill("#reason", "执行与审判监督岗位交流");
        page.click("[data-testid=transfer-form] button[type=submit]");
        assertThat(page.getByTestId("member-organization")).hasText("审判监督庭党支部");
        assertThat(page.getByTestId("transfer-history")).containsText("执行与审判监督岗位交流");
        assertThat(page.getByTestId("transfer-history")).containsText("执行裁判庭党支部");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target/screenshots/member.png")));
    }

    @Test
    void aBranchSecretaryStaysInsideTheirBranch() {
        long foreign = jdbc.sql("""
                select max(m.id) from member m join party_organization o on o.id = m.organization_id
                where o.name = '刑事审判庭党支部'""").query(Long.class).single();
        long own = jdbc.sql("""
                select count(*) from member m join party_organization o on o.id = m.organization_id
                where o.path like (select p.path from party_organization p join court c on c.id = p.court_id
                                   where p.name = '民事审判第一庭党支部' and c.name = '北京市西城区人民法院') || '%'""")
                .query(Long.class).single();
        logIn("secretary");
        page.navigate(url("/members"));
        assertThat(page.getByTestId("member-total")).hasText("共 " + own + " 条");
        page.navigate(url("/members/" + foreign));
        assertThat(page.getByTestId("error-message")).containsText("不在您的数据范围内");
    }
}
