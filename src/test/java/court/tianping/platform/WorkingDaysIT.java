package court.tianping.platform;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

@IntegrationTest
class WorkingDaysIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;

    private long entries() {
        return jdbc.sql("select count(*) from calendar_day").query(Long.class).single();
    }

    @Test
    void theSeededHolidaysOf2025And2026Count() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 11))).isEqualTo(3);
    }

    @Test
    void theStatutoryHolidaysOf2027AreSeededAwaitingTheNotice() throws Exception {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2027, 9, 30), 1)).isEqualTo(LocalDate.of(2027, 10, 4));
        mvc.perform(get("/admin/calendar").param("year", "2027").with(as(accounts, "admin")))
                .andExpect(content().string(containsString("春节（待国务院通知调休）")));
    }

    @Test
    void theAdminRecordsAndDeletesADayAndDeadlinesFollow() throws Exception {
        LocalDate day = LocalDate.of(2027, 5, 3);
        assertThat(workingDays.isWorkingDay(day)).isTrue();
        mvc.perform(post("/admin/calendar").with(as(accounts, "admin")).with(csrf())
                        .param("day", "2027-05-03").param("kind", "HOLIDAY").param("name", "劳动节补休"))
                .andExpect(flash().attribute("notice", containsString("2027-05-03")));
        assertThat(workingDays.isWorkingDay(day)).isFalse();
        mvc.perform(get("/admin/calendar").param("year", "2027").with(as(accounts, "admin")))
                .andExpect(content().string(containsString("劳动节补休")));
        mvc.perform(post("/admin/calendar/remove").with(as(accounts, "admin")).with(csrf()).param("day", "2027-05-03"))
                .andExpect(flash().attribute("notice", containsString("已删除")));
        assertThat(workingDays.isWorkingDay(day)).isTrue();
    }

    @Test
    void senselessEntriesAreRefusedAndChangeNothing() throws Exception {
        long before = entries();
        mvc.perform(post("/admin/calendar").with(as(accounts, "admin")).with(csrf())
                        .param("day", "2026-11-21").param("kind", "HOLIDAY").param("name", "周六"))
                .andExpect(flash().attribute("error", containsString("是周末")));
        mvc.perform(post("/admin/calendar").with(as(accounts, "admin")).with(csrf())
                        .param("day", "2026-11-20").param("kind", "WORKDAY").param("name", "周五"))
                .andExpect(flash().attribute("error", containsString("本来就是工作日")));
        mvc.perform(post("/admin/calendar").with(as(accounts, "admin")).with(csrf())
                        .param("day", "2026-10-01").param("kind", "HOLIDAY").param("name", "国庆节"))
                .andExpect(flash().attribute("error", containsString("已经登记过")));
        mvc.perform(post("/admin/calendar").with(as(accounts, "admin")).with(csrf())
                        .param("day", "2027-03-01").param("kind", "HOLIDAY").param("name", " "))
                .andExpect(flash().attribute("error", containsString("请填写名称")));
        mvc.perform(post("/admin/calendar").with(as(accounts, "admin")).with(csrf())
                        .param("kind", "HOLIDAY").param("name", "无日期"))
                .andExpect(flash().attribute("error", containsString("请选择日期")));
        mvc.perform(post("/admin/calendar").with(as(accounts, "admin")).with(csrf())
                        .param("day", "2027-13-01").param("kind", "HOLIDAY").param("name", "错日期"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(content().string(containsString("请求格式不正确")));
        assertThat(entries()).isEqualTo(before);
    }
}
