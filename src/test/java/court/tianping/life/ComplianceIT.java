package court.tianping.life;

import court.tianping.IntegrationTest;
import court.tianping.Logins;
import court.tianping.life.AttendanceStatus;
import court.tianping.life.MeetingType;
import court.tianping.life.application.ComplianceCalendar;
import court.tianping.life.application.ComplianceCalendar.BranchCalendar;
import court.tianping.life.application.ComplianceCalendar.RuleRow;
import court.tianping.life.application.ComplianceGenerations;
import court.tianping.life.application.ComplianceReminders;
import court.tianping.life.application.ComplianceRules;
import court.tianping.life.application.MeetingAccess;
import court.tianping.life.application.MeetingPlanning;
import court.tianping.life.application.PlanCommand;
import court.tianping.life.domain.AttendanceEntry;
import court.tianping.life.domain.ComplianceRule;
import court.tianping.life.domain.MeetingRepository;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.application.OrganizationCommands;
import court.tianping.organization.domain.OrganizationDetails;
import court.tianping.organization.domain.PartyOrganizationRepository;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Notifications;
import court.tianping.platform.UserAccounts;
import court.tianping.platform.WorkingDayCalendar.DayKind;
import court.tianping.platform.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static court.tianping.Logins.as;
import static court.tianping.life.ComplianceStatus.DONE;
import static court.tianping.life.ComplianceStatus.DUE;
import static court.tianping.life.ComplianceStatus.NOT_REQUIRED;
import static court.tianping.life.ComplianceStatus.OVERDUE;
import static court.tianping.life.ComplianceStatus.UPCOMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Compliance with the frequency rules at the boundaries of their periods, under a moved clock: a quarter that
 * ends on a holiday (reminded before its last working day, a meeting on the holiday still counts), a branch
 * created in the middle of a quarter, silence, and the rules a court sets.
 */
@IntegrationTest
class ComplianceIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate HOLIDAY = LocalDate.of(2027, 3, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    ComplianceRules rules;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    MeetingAccess access;
    @Autowired
    OrganizationCommands organizationCommands;
    @Autowired
    court.tianping.life.application.MeetingTally tally;
    @Autowired
    PartyOrganizationRepository organizations;
    @Autowired
    ComplianceGenerations generations;

    private LifeCalls calls() {
        return new LifeCalls(mvc, accounts, jdbc);
    }

    private void signIn(String username) {
        Logins.signIn(accounts, username);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Clock at(LocalDateTime moment) {
        return Clock.fixed(moment.atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    private ComplianceCalendar calendarAt(LocalDateTime moment) {
        return new ComplianceCalendar(tally, directory, rules, generations, currentUser, at(moment));
    }

    private ComplianceReminders remindersAt(LocalDateTime moment) {
        return new ComplianceReminders(directory, rules, calendarAt(moment), workingDays, notifications, events, jdbc,
                transactions, at(moment), 5);
    }

    private static RuleRow row(BranchCalendar calendar, MeetingType type) {
        return calendar.own().rows().stream().filter(r -> r.rule().type() == type).findFirst().orElseThrow();
    }

    private long reminders(long organization, String type, LocalDate periodStart) {
        return jdbc.sql("""
                        select count(*) from compliance_reminder where organization_id = :o and meeting_type = :t
                        and period_start = :s""")
                .param("o", organization).param("t", type).param("s", periodStart).query(Long.class).single();
    }

    @Test
    void aQuarterEndingOnAHolidayIsRemindedBeforeItsLastWorkingDayAndAMeetingOnTheHolidayCounts() {
        long branch = calls().ownBranch();
        LocalDate q1 = LocalDate.of(2027, 1, 1);
        assertThat(remindersAt(LocalDateTime.of(2027, 3, 23, 9, 0)).remind()).as("a week before the 31st: not yet").isZero();
        assertThat(reminders(branch, "GENERAL_ASSEMBLY", q1)).isZero();
        signIn("admin");
        workingDays.mark(HOLIDAY, DayKind.HOLIDAY, "测试假日");
        try {
            assertThat(remindersAt(LocalDateTime.of(2027, 3, 22, 9, 0)).remind()).isZero();
            assertThat(remindersAt(LocalDateTime.of(2027, 3, 23, 9, 0)).remind()).as("five working days before the 30th").isPositive();
            assertThat(reminders(branch, "GENERAL_ASSEMBLY", q1)).isEqualTo(1);
            long toSecretary = jdbc.sql("""
                            select count(*) from notification where role = 'BRANCH_SECRETARY' and organization_id = :o
                            and link = :link and message_key = 'notice.life.reminder'""")
                    .param("o", branch).param("link", "/life/compliance/" + branch).query(Long.class).single();
            assertThat(toSecretary).isPositive();
            assertThat(remindersAt(LocalDateTime.of(2027, 3, 24, 9, 0)).remind()).as("each period is reminded once").isZero();

            signIn("secretary");
            MeetingPlanning onTheHoliday = new MeetingPlanning(meetings, access, directory, currentUser,
                    at(LocalDateTime.of(2027, 3, 31, 12, 0)));
            long meeting = onTheHoliday.plan(new PlanCommand(MeetingType.GENERAL_ASSEMBLY,
                    "支部党员大会：一季度党建工作", null, "党员活动室", LocalDateTime.of(2027, 3, 31, 9, 0),
                    LocalDateTime.of(2027, 3, 31, 10, 30), List.of(branch), List.of()));
            int version = meetings.findById(meeting).orElseThrow().version();
            onTheHoliday.hold(meeting, version, calls().roster(meeting).stream()
                    .map(m -> new AttendanceEntry(m, AttendanceStatus.PRESENT, null)).toList(), "会议记录。");

            BranchCalendar onTheDay = calendarAt(LocalDateTime.of(2027, 3, 31, 18, 0)).of(branch, 2027);
            assertThat(row(onTheDay, MeetingType.GENERAL_ASSEMBLY).cells().get(0).status()).isEqualTo(DONE);
            assertThat(row(onTheDay, MeetingType.PARTY_LECTURE).cells().get(0).status()).as("still due on the holiday").isEqualTo(DUE);
            BranchCalendar dayAfter = calendarAt(LocalDateTime.of(2027, 4, 1, 9, 0)).of(branch, 2027);
            assertThat(row(dayAfter, MeetingType.GENERAL_ASSEMBLY).cells().get(0).status()).isEqualTo(DONE);
            assertThat(row(dayAfter, MeetingType.PARTY_LECTURE).cells().get(0).status()).isEqualTo(OVERDUE);
            assertThat(row(dayAfter, MeetingType.PARTY_LECTURE).cells().get(1).status()).isEqualTo(DUE);
            assertThat(row(dayAfter, MeetingType.PARTY_LECTURE).cells().get(2).status()).isEqualTo(UPCOMING);
        } finally {
            signIn("admin");
            workingDays.unmark(HOLIDAY);
        }
    }

    @Test
    void aBranchCreatedMidQuarterOwesItsFirstMeetingsFromTheNextPeriod() {
        String name = "合规测试临时党支部" + System.nanoTime();
        long committee = directory.unit(calls().ownBranch()).orElseThrow().parentId();
        long courtId = directory.unit(committee).orElseThrow().courtId();
        long branch = organizationCommands.createUnchecked(courtId, organizations.findById(committee).orElseThrow(),
                new OrganizationDetails(name, OrganizationType.BRANCH, OrganizationNature.TEMPORARY, null, null, "专项任务",
                        LocalDate.of(2026, 8, 15), LocalDate.of(2027, 12, 31), LocalDate.of(2026, 8, 15)), "test").value();
        signIn("office");
        BranchCalendar calendar = calendarAt(LocalDateTime.of(2026, 10, 20, 9, 0)).of(branch, 2026);
        assertThat(calendar.own().establishedOn()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(row(calendar, MeetingType.GENERAL_ASSEMBLY).cells()).extracting(c -> c.status())
                .containsExactly(NOT_REQUIRED, NOT_REQUIRED, NOT_REQUIRED, DUE);
        assertThat(row(calendar, MeetingType.COMMITTEE).cells()).extracting(c -> c.status())
                .containsExactly(NOT_REQUIRED, NOT_REQUIRED, NOT_REQUIRED, NOT_REQUIRED, NOT_REQUIRED, NOT_REQUIRED,
                        NOT_REQUIRED, NOT_REQUIRED, OVERDUE, DUE, UPCOMING, UPCOMING);
        assertThat(calendar.silent()).as("no meeting since it was created two months ago").isTrue();
        assertThat(calendarAt(LocalDateTime.of(2026, 8, 30, 9, 0)).of(branch, 2026).silent())
                .as("not silent within 30 days of its creation").isFalse();
        assertThat(calendarAt(LocalDateTime.of(2026, 10, 20, 9, 0)).overview(2026).rows())
                .anySatisfy(r -> {
                    assertThat(r.branch().id()).isEqualTo(branch);
                    assertThat(r.overdue()).isEqualTo(2);
                    assertThat(r.silent()).isTrue();
                });
    }

    @Test
    void theDemoMobileBranchHasGoneSilentAndTheOthersHaveNot() {
        signIn("office");
        ComplianceCalendar.Overview overview = calendarAt(LocalDateTime.now(SHANGHAI)).overview(LocalDate.now(SHANGHAI).getYear());
        assertThat(overview.rows()).filteredOn(r -> r.branch().name().equals("诉讼服务中心流动党支部"))
                .singleElement().satisfies(r -> assertThat(r.silent()).isTrue());
        assertThat(overview.rows()).filteredOn(r -> r.branch().name().equals("民事审判第一庭党支部"))
                .singleElement().satisfies(r -> assertThat(r.silent()).isFalse());
    }

    @Test
    void aCourtSetsItsOwnRulesAndBadInputChangesNothing() throws Exception {
        long high = accounts.findByUsername("admin").orElseThrow().courtId();
        mvc.perform(post("/life/compliance/rules").with(as(accounts, "admin")).with(csrf())
                        .param("frequency-GENERAL_ASSEMBLY", "QUARTERLY").param("minimum-GENERAL_ASSEMBLY", "一次")
                        .param("frequency-COMMITTEE", "MONTHLY").param("minimum-COMMITTEE", "1")
                        .param("frequency-CELL_MEETING", "MONTHLY").param("minimum-CELL_MEETING", "1")
                        .param("frequency-PARTY_LECTURE", "QUARTERLY").param("minimum-PARTY_LECTURE", "1")
                        .param("frequency-THEMED_DAY", "MONTHLY").param("minimum-THEMED_DAY", "1"))
                .andExpect(flash().attribute("failure", "最少次数须为 0 到 10 之间的整数。"));
        assertThat(jdbc.sql("select count(*) from compliance_rule where court_id = :c").param("c", high).query(Long.class).single()).isZero();
        mvc.perform(post("/life/compliance/rules").with(as(accounts, "admin")).with(csrf())
                        .param("frequency-GENERAL_ASSEMBLY", "QUARTERLY").param("minimum-GENERAL_ASSEMBLY", "1")
                        .param("frequency-COMMITTEE", "QUARTERLY").param("minimum-COMMITTEE", "2")
                        .param("frequency-CELL_MEETING", "MONTHLY").param("minimum-CELL_MEETING", "1")
                        .param("frequency-PARTY_LECTURE", "YEARLY").param("minimum-PARTY_LECTURE", "4")
                        .param("frequency-THEMED_DAY", "MONTHLY").param("minimum-THEMED_DAY", "0"))
                .andExpect(flash().attribute("notice", "合规规则已保存。"));
        assertThat(rules.of(high)).extracting(r -> r.type().name() + " " + r.frequency() + " " + r.minimum())
                .containsExactly("GENERAL_ASSEMBLY QUARTERLY 1", "COMMITTEE QUARTERLY 2", "CELL_MEETING MONTHLY 1",
                        "PARTY_LECTURE YEARLY 4", "THEMED_DAY MONTHLY 0");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'compliance.rules-changed' and subject_id = :c")
                .param("c", Long.toString(high)).query(Long.class).single()).isEqualTo(1);
        long xicheng = accounts.findByUsername("office").orElseThrow().courtId();
        assertThat(rules.of(xicheng)).as("other courts keep the defaults")
                .isEqualTo(ComplianceRule.DEFAULTS);
    }

    @Test
    void theTallyAgreesWithTheHeldMeetings() {
        String fromMeetings = """
                select h.organization_id, m.type, extract(year from m.starts_at) as y, extract(month from m.starts_at) as mo,
                       count(*) as n
                from meeting m join meeting_host h on h.meeting = m.id where m.state = 'HELD'
                group by h.organization_id, m.type, extract(year from m.starts_at), extract(month from m.starts_at)""";
        java.util.Map<String, Long> expected = new java.util.HashMap<>();
        jdbc.sql(fromMeetings).query((rs, n) -> expected.put(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " "
                + rs.getInt(4), rs.getLong(5))).list();
        java.util.Map<String, Long> tallied = new java.util.HashMap<>();
        jdbc.sql("select * from meeting_tally").query((rs, n) -> {
            for (int month = 1; month <= 12; month++) {
                long count = rs.getLong("m%02d".formatted(month));
                if (count > 0) {
                    tallied.put(rs.getLong("organization_id") + " " + rs.getString("meeting_type") + " " + rs.getInt("tally_year")
                            + " " + month, count);
                }
            }
            return null;
        }).list();
        assertThat(tallied).isNotEmpty().isEqualTo(expected);
    }
}
