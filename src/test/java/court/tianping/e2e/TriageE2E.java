package court.tianping.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Party-affairs office learns the court's triage model on the triage page, finds the suggestion on a
 * demand waiting in the dispatch queue, dispatches it as suggested with one click, and sees the acceptance.
 */
class TriageE2E extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private long waitingFamilyDemand() {
        return jdbc.sql("""
                        select min(d.id) from demand d join dispute_category c on c.id = d.category_id
                        join court o on o.id = d.court_id
                        where o.name = '北京市西城区人民法院' and d.state = 'SUBMITTED' and c.name = '婚姻家庭'""")
                .query(Long.class).single();
    }

    @Test
    void theOfficeLearnsTheModelAndDispatchesAWaitingDemandAsSuggested() {
        logIn("office");
        page.navigate(url("/triage"));
        page.getByText("立即学习").click();
        assertThat(page.getByTestId("notice")).containsText("已启用");
        assertThat(page.getByTestId("triage-models").locator("tbody tr").first()).containsText("使用中");

        page.navigate(url("/demands/" + waitingFamilyDemand()));
        assertThat(page.getByTestId("triage-suggestion")).containsText("婚姻家庭");
        assertThat(page.getByTestId("triage-suggestion")).containsText("家事少年审判庭党支部");
        page.click("[data-testid=accept-suggestion-form] button[type=submit]");
        assertThat(page.getByTestId("demand-state")).hasText("已派单待接单");

        page.navigate(url("/triage"));
        assertThat(page.getByTestId("triage-overall")).containsText("100%");
        assertThat(page.getByTestId("triage-by-category")).containsText("婚姻家庭");
    }
}
