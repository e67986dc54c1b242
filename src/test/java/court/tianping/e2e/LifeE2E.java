package court.tianping.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A branch secretary plans this month's committee meeting, records it as held with one apology, adopts a
 * resolution for the whole court and publishes it; the month's committee meeting in the branch's compliance
 * calendar turns from due to done; a member finds the resolution on the board.
 */
class LifeE2E extends BrowserTest {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecretaryPlansHoldsAndRecordsAMeetingPublishesAResolutionAndTheCalendarTurnsGreen() {
        long branch = jdbc.sql("""
                        select o.id from party_organization o join court c on c.id = o.court_id
                        where o.name = '民事审判第一庭党支部' and c.name = '北京市西城区人民法院'""").query(Long.class).single();
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        String committeeCell = "[data-testid='cell-COMMITTEE-" + start.toLocalDate().withDayOfMonth(1) + "']";

        logIn("secretary");
        page.navigate(url("/life/compliance/" + branch));
        assertThat(page.locator(committeeCell)).hasAttribute("data-status", "DUE");

        page.navigate(url("/life/meetings"));
        page.getByTestId("plan-meeting").click();
        page.selectOption("#type", "COMMITTEE");
        page.fill("#topic", "研究本月党建工作和先进党支部推荐");
        page.fill("#startsAt", INPUT.format(start));
        page.fill("#endsAt", INPUT.format(start.plusHours(1)));
        page.fill("#place", "三层党员活动室");
        page.fill("#agenda", "1. 传达上级精神\n2. 推荐先进党支部参评");
        page.selectOption("#hosts", Long.toString(branch));
        page.getByTestId("plan-submit").click();
        assertThat(page.getByTestId("notice")).hasText("会议已安排。");
        assertThat(page.getByTestId("meeting-state")).hasText("计划中");

        page.locator("select[name^=status-]").first().selectOption("ABSENT");
        page.fill("#minutes", "会议由支部书记主持。");
        page.locator("[data-testid=hold-form] button[type=submit]").click();
        assertThat(page.getByTestId("failure")).containsText("缺席原因");
        page.locator("select[name^=status-]").first().selectOption("ABSENT");
        page.locator("input[name^=reason-]").first().fill("外出开庭");
        page.locator("select[name^=status-]").nth(1).selectOption("LATE");
        page.fill("#minutes", "会议由支部书记主持。与会支委一致同意推荐本支部参评年度先进党支部，并在全院公示。");
        page.getByTestId("hold-submit").click();
        assertThat(page.getByTestId("notice")).hasText("会议召开情况已记录。");
        assertThat(page.getByTestId("meeting-state")).hasText("已召开");
        assertThat(page.getByTestId("people-table")).containsText("外出开庭");

        page.fill("[data-testid=resolution-form] textarea[name=text]", "推荐民事审判第一庭党支部参评年度先进党支部。");
        page.check("#publish");
        page.locator("[data-testid=resolution-form] button[type=submit]").click();
        assertThat(page.getByTestId("notice")).hasText("决议已记录。");
        page.fill("[data-testid=publish-1] input[name=title]", "先进党支部推荐公示");
        page.locator("[data-testid=publish-1] button[type=submit]").click();
        assertThat(page.getByTestId("notice")).hasText("决议已在党务公开栏发布。");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "life-meeting.png")).setFullPage(true));

        page.navigate(url("/life/compliance/" + branch));
        assertThat(page.locator(committeeCell)).hasAttribute("data-status", "DONE");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "life-calendar.png")).setFullPage(true));

        page.context().clearCookies();
        logIn("office");
        page.navigate(url("/life/compliance"));
        assertThat(page.getByTestId("branch-" + branch)).isVisible();
        assertThat(page.getByTestId("compliance-summary")).containsText("个党支部");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "life-compliance.png")).setFullPage(true));

        page.context().clearCookies();
        logIn("member");
        page.navigate(url("/life/mine"));
        assertThat(page.getByTestId("my-publications")).containsText("先进党支部推荐公示");
        page.getByTestId("my-publications").getByText("先进党支部推荐公示").click();
        assertThat(page.getByTestId("publication-body")).hasText("推荐民事审判第一庭党支部参评年度先进党支部。");
    }
}
