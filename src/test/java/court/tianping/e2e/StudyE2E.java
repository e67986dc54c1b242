package court.tianping.e2e;

import com.microsoft.playwright.options.SelectOption;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.file.Paths;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Study in the browser: a 共学 session raises a member's hours in their own view; a 督学 finding is followed up and closed. */
class StudyE2E extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    private void logInAs(String user) {
        page.context().clearCookies();
        logIn(user);
    }

    private BigDecimal myHours() {
        page.navigate(url("/study/mine"));
        return new BigDecimal(page.getByTestId("my-hours").textContent().strip());
    }

    @Test
    void aJointStudySessionWithAttendanceRaisesTheMembersHoursInTheirOwnView() {
        long member = accounts.findByUsername("member").orElseThrow().memberId();
        logIn("member");
        BigDecimal before = myHours();

        logInAs("secretary");
        page.navigate(url("/study"));
        page.getByTestId("new-session").click();
        page.selectOption("#kind", "JOINT_STUDY");
        page.selectOption("#organizationId", new SelectOption().setLabel("民事审判第一庭党支部"));
        page.fill("#title", "政治理论学习日：学习《中国共产党章程》");
        page.fill("#place", "第三会议室");
        String today = LocalDate.now().toString();
        page.fill("#startsAt", today + "T00:00");
        page.fill("#endsAt", today + "T01:00");
        page.click("[data-testid=session-form] button[type=submit]");
        assertThat(page.getByTestId("session-state")).hasText("已计划");
        page.check("#attendee-" + member);
        page.fill("#summary", "集体学习党章，交流心得");
        page.click("[data-testid=hold-form] button[type=submit]");
        assertThat(page.getByTestId("notice")).containsText("学时已计入");
        assertThat(page.getByTestId("session-state")).hasText("已举行");
        assertThat(page.getByTestId("attendees")).containsText(accounts.findByUsername("member").orElseThrow().displayName());

        logInAs("member");
        BigDecimal after = myHours();
        org.assertj.core.api.Assertions.assertThat(after).isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(page.getByTestId("my-session-table")).containsText("学习《中国共产党章程》");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/study-mine.png")));
    }

    @Test
    void anInspectionFindingIsFollowedUpByTheBranchAndClosedByTheInspector() {
        logIn("leader");
        page.navigate(url("/study/inspections"));
        page.getByTestId("new-inspection").click();
        page.selectOption("#organizationId", new SelectOption().setLabel("民事审判第一庭党支部"));
        page.selectOption("#method", "SPOT_CHECK");
        String today = LocalDate.now().toString();
        page.fill("#plannedOn", today);
        page.click("[data-testid=inspection-form] button[type=submit]");
        assertThat(page.getByTestId("inspection-state")).hasText("待检查");
        String inspection = page.url();

        page.fill("#inspectedOn", today);
        page.fill("#summary", "随机抽查支部学习记录和党员学习笔记");
        page.fill("#findings", "学习记录不完整，个别党员未登记学习心得");
        page.click("[data-testid=result-form] button[type=submit]");
        assertThat(page.getByTestId("inspection-state")).hasText("已检查");
        assertThat(page.getByTestId("finding-state-0")).hasText("待整改");

        logInAs("secretary");
        page.navigate(inspection);
        page.getByTestId("follow-up-0").fill("已补登学习心得，由组织委员每周检查");
        page.click("[data-testid=finding-0] button[type=submit]");
        assertThat(page.getByTestId("finding-state-0")).hasText("已整改待销号");

        logInAs("leader");
        page.navigate(inspection);
        page.getByTestId("close-0").click();
        assertThat(page.getByTestId("finding-state-0")).hasText("已销号");
        assertThat(page.getByTestId("finding-table")).containsText("已补登学习心得");
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsRefusedInChinese() {
        logIn("secretary");
        page.navigate(url("/study/sessions/new"));
        page.selectOption("#organizationId", new SelectOption().setLabel("民事审判第一庭党支部"));
        page.fill("#title", "时间填反的学习");
        String today = LocalDate.now().toString();
        page.fill("#startsAt", today + "T10:00");
        page.fill("#endsAt", today + "T09:00");
        page.click("[data-testid=session-form] button[type=submit]");
        assertThat(page.getByTestId("form-error")).containsText("结束时间不能早于或等于开始时间");
        assertThat(page.locator("#title")).hasValue("时间填反的学习");
    }
}
