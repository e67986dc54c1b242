package court.tianping.demand;

import court.tianping.IntegrationTest;
import court.tianping.demand.application.TimeLimitSettings;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.platform.UserAccounts;
import court.tianping.platform.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Party-affairs office keeps its court's time limits on the settings page: new deadlines follow
 * them, running deadlines and other courts do not, and a bad value changes nothing. Every test puts the
 * court's limits back as it found them.
 */
@IntegrationTest
class DemandTimeLimitsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemandRepository demands;
    @Autowired
    TimeLimitSettings settings;
    @Autowired
    WorkingDays workingDays;

    private Map<String, String> original;

    long court(String name) {
        return jdbc.sql("select id from court where name = :name").param("name", name).query(Long.class).single();
    }

    long xicheng() {
        return court("北京市西城区人民法院");
    }

    /** The office's form as the page fills it: every cell with the court's limit in force. */
    Map<String, String> form() {
        TimeLimitSettings.View view = settings.view(xicheng());
        Map<String, String> form = new LinkedHashMap<>();
        for (TimeLimitSettings.Row row : view.rows()) {
            for (TimeLimitSettings.Cell cell : row.cells()) {
                form.put("amount." + cell.code(), Integer.toString(cell.limit().amount()));
                form.put("unit." + cell.code(), cell.limit().unit().name());
            }
        }
        form.put("escalateToOfficeAfterHours", Integer.toString(view.escalateToOfficeAfterHours()));
        return form;
    }

    MockHttpServletRequestBuilder submit(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/demands/settings/limits").with(as(accounts, "office")).with(csrf())
                .param("version", Integer.toString(settings.view(xicheng()).version()));
        form.forEach(request::param);
        return request;
    }

    @BeforeEach
    void remember() {
        original = form();
    }

    @AfterEach
    void restore() throws Exception {
        if (!form().equals(original)) {
            mvc.perform(submit(original)).andExpect(flash().attribute("notice", containsString("已保存")));
        }
    }

    long recordCall(String description) throws Exception {
        return DemandCalls.record(mvc, accounts, jdbc, description);
    }

    LocalDateTime due(long demand, DeadlineStep step) {
        return demands.findById(demand).orElseThrow().deadline(step).orElseThrow().dueAt();
    }

    LocalDateTime daysFrom(LocalDateTime from, int days) {
        return workingDays.plusWorkingDays(from.toLocalDate(), days).plusDays(1).atStartOfDay();
    }

    @Test
    void theSettingsPageShowsTheLimitsAndSaysRunningDeadlinesKeepTheirDueTimes() throws Exception {
        mvc.perform(get("/demands/settings").with(as(accounts, "office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("各环节办理时限")))
                .andExpect(content().string(containsString("已在计时的需求保持原定的截止时间")))
                .andExpect(content().string(containsString("name=\"amount.RESOLVE.NORMAL\"")))
                .andExpect(content().string(containsString("超时后转政治部督办")));
    }

    @Test
    void aChangedLimitSetsTheDeadlinesOfNewDemandsOfThatCourtOnly() throws Exception {
        long before = recordCall("时限修改前登记的需求。");
        LocalDateTime resolveBefore = due(before, DeadlineStep.RESOLVE);

        Map<String, String> changed = form();
        changed.put("amount.RESOLVE.NORMAL", "20");
        changed.put("unit.RESOLVE.NORMAL", "DAYS");
        changed.put("amount.ACCEPT.NORMAL", "8");
        changed.put("unit.ACCEPT.NORMAL", "HOURS");
        changed.put("escalateToOfficeAfterHours", "16");
        mvc.perform(submit(changed)).andExpect(flash().attribute("notice", containsString("办理时限已保存")));

        long after = recordCall("时限修改后登记的需求。");
        Demand demand = demands.findById(after).orElseThrow();
        assertThat(demand.state()).as("dispatched by the street pairing").isEqualTo(DemandState.DISPATCHED);
        assertThat(due(after, DeadlineStep.RESOLVE)).isEqualTo(daysFrom(demand.submittedAt(), 20));
        assertThat(due(after, DeadlineStep.ACCEPT)).isEqualTo(workingDays.plusWorkingMinutes(demand.submittedAt(), 8 * 60));
        assertThat(due(before, DeadlineStep.RESOLVE)).as("a running deadline keeps its due time").isEqualTo(resolveBefore);
        assertThat(settings.of(xicheng()).escalateToOfficeAfterHours()).isEqualTo(16);

        long tongzhou = court("北京市通州区人民法院");
        MvcResult created = mvc.perform(post("/api/v1/demands").param("court", Long.toString(tongzhou))
                        .header("Authorization", "Bearer demo-admin-token").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel": "HOTLINE_12368", "requesterName": "刘建华", "requesterPhone": "13911114444",
                                 "district": "通州区", "service": "CONSULTATION", "description": "另一法院的需求不受影响。"}"""))
                .andExpect(status().isCreated()).andReturn();
        long other = Long.parseLong(created.getResponse().getHeader("Location").replace("/api/v1/demands/", ""));
        Demand otherDemand = demands.findById(other).orElseThrow();
        assertThat(due(other, DeadlineStep.RESOLVE)).as("the default of 15 working days")
                .isEqualTo(daysFrom(otherDemand.submittedAt(), 15));

        List<String> audited = jdbc.sql("""
                        select after_state from audit_log where action = 'demand.limits-changed' and subject_id = :court
                        order by id desc""")
                .param("court", Long.toString(xicheng())).query(String.class).list();
        assertThat(audited.get(0)).contains("\"RESOLVE.NORMAL\":\"20d\"", "\"ACCEPT.NORMAL\":\"8h\"",
                "\"escalateToOfficeAfterHours\":16").doesNotContain("RESOLVE.URGENT");
    }

    @Test
    void badValuesAreRefusedWithAMessageAndChangeNothing() throws Exception {
        int version = settings.view(xicheng()).version();
        long audits = jdbc.sql("select count(*) from audit_log where action = 'demand.limits-changed'").query(Long.class).single();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("0", "“办结”环节（一般）的时限须为 1 至 120 个工作小时或 1 至 60 个工作日的整数，本次修改未保存。");
        bad.put("-3", "的整数");
        bad.put("abc", "的整数");
        bad.put("", "的整数");
        bad.put("61", "1 至 60 个工作日");
        for (Map.Entry<String, String> value : bad.entrySet()) {
            Map<String, String> form = form();
            form.put("amount.ACCEPT.URGENT", "1");
            form.put("amount.RESOLVE.NORMAL", value.getKey());
            mvc.perform(submit(form)).andExpect(flash().attribute("failure", containsString(value.getValue())));
        }
        Map<String, String> tooManyHours = form();
        tooManyHours.put("amount.DISPATCH.NORMAL", "121");
        tooManyHours.put("unit.DISPATCH.NORMAL", "HOURS");
        mvc.perform(submit(tooManyHours)).andExpect(flash().attribute("failure", containsString("“派单”环节（一般）")));
        Map<String, String> noUnit = form();
        noUnit.put("unit.VISIT.URGENT", "WEEKS");
        mvc.perform(submit(noUnit)).andExpect(flash().attribute("failure", containsString("“回访”环节（紧急）")));
        Map<String, String> urgentLonger = form();
        urgentLonger.put("amount.RESOLVE.URGENT", "30");
        urgentLonger.put("unit.RESOLVE.URGENT", "DAYS");
        mvc.perform(submit(urgentLonger)).andExpect(flash().attribute("failure",
                "“办结”环节紧急需求的时限不能长于一般需求，本次修改未保存。"));
        Map<String, String> escalation = form();
        escalation.put("escalateToOfficeAfterHours", "0");
        mvc.perform(submit(escalation)).andExpect(flash().attribute("failure", containsString("转政治部督办的时间须为超时后 1 至 120 个工作小时")));

        assertThat(form()).isEqualTo(original);
        assertThat(settings.view(xicheng()).version()).isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'demand.limits-changed'").query(Long.class).single())
                .isEqualTo(audits);
    }

    @Test
    void aFormFilledBeforeSomeoneElseSavedChangesNothing() throws Exception {
        int seen = settings.view(xicheng()).version();
        Map<String, String> first = form();
        first.put("amount.VISIT.NORMAL", "5");
        mvc.perform(submit(first)).andExpect(flash().attribute("notice", containsString("已保存")));

        Map<String, String> second = form();
        second.put("amount.VISIT.NORMAL", "4");
        MockHttpServletRequestBuilder stale = post("/demands/settings/limits").with(as(accounts, "office")).with(csrf())
                .param("version", Integer.toString(seen));
        second.forEach(stale::param);
        mvc.perform(stale).andExpect(flash().attribute("failure", containsString("已被他人修改")));
        assertThat(form().get("amount.VISIT.NORMAL")).isEqualTo("5");

        mvc.perform(submit(form())).andExpect(flash().attribute("notice", containsString("没有变化")));
    }
}
