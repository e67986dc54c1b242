package court.tianping.life;

import court.tianping.IntegrationTest;
import court.tianping.Logins;
import court.tianping.life.application.ComplianceCalendar;
import court.tianping.life.application.ComplianceCalendar.OverviewRow;
import court.tianping.life.application.ComplianceGenerations;
import court.tianping.life.application.ComplianceRules;
import court.tianping.life.application.MeetingAccess;
import court.tianping.life.application.MeetingPlanning;
import court.tianping.life.application.MeetingTally;
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
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static court.tianping.life.ComplianceStatus.DUE;
import static court.tianping.life.ComplianceStatus.NOT_REQUIRED;
import static court.tianping.life.ComplianceStatus.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview of a court is kept between requests and handed out again only while the court's compliance
 * generation, read from the database, stays the same and the day has not changed. Each test reads an overview,
 * changes what it is computed from through another way in (as another application node would), and reads it
 * again from the same calendar: each fails if a kept overview went stale. The years are ones no other test
 * holds meetings in.
 */
@IntegrationTest
class KeptComplianceOverviewIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
    ComplianceGenerations generations;
    @Autowired
    MeetingTally tally;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    MeetingAccess access;
    @Autowired
    OrganizationCommands organizationCommands;
    @Autowired
    PartyOrganizationRepository organizations;

    /** A clock the test moves, for one calendar across days. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(LocalDateTime moment) {
            moveTo(moment);
        }

        void moveTo(LocalDateTime moment) {
            now = moment.atZone(SHANGHAI).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ComplianceCalendar calendar(Clock clock) {
        return new ComplianceCalendar(tally, directory, rules, generations, currentUser, clock);
    }

    private static OverviewRow row(ComplianceCalendar.Overview overview, long branch) {
        return overview.rows().stream().filter(r -> r.branch().id() == branch).findFirst().orElseThrow();
    }

    private void holdCommittee(long branch, LocalDateTime startsAt) {
        Logins.signIn(accounts, "secretary");
        MeetingPlanning planning = new MeetingPlanning(meetings, access, directory, currentUser,
                Clock.fixed(startsAt.plusHours(3).atZone(SHANGHAI).toInstant(), SHANGHAI));
        long meeting = planning.plan(new PlanCommand(MeetingType.COMMITTEE, "支委会：研究季度工作", null, "党员活动室",
                startsAt, startsAt.plusHours(1), List.of(branch), List.of()));
        planning.hold(meeting, meetings.findById(meeting).orElseThrow().version(), new LifeCalls(mvc, accounts, jdbc).roster(meeting).stream()
                .map(m -> new AttendanceEntry(m, AttendanceStatus.PRESENT, null)).toList(), "会议记录。");
    }

    @Test
    void aMeetingHeldShowsInTheCitysKeptOverviewAndOnlyItsCourtIsComputedAgain() {
        long branch = new LifeCalls(mvc, accounts, jdbc).ownBranch();
        long court = directory.unit(branch).orElseThrow().courtId();
        ComplianceCalendar calendar = calendar(new MovableClock(LocalDateTime.of(2029, 5, 20, 18, 0)));
        Logins.signIn(accounts, "admin");
        ComplianceCalendar.Overview before = calendar.overview(2029);
        OverviewRow own = row(before, branch);
        OverviewRow elsewhere = before.rows().stream().filter(r -> r.branch().courtId() != court).findFirst().orElseThrow();
        assertThat(row(calendar.overview(2029), branch)).as("kept while nothing changed").isSameAs(own);

        holdCommittee(branch, LocalDateTime.of(2029, 5, 20, 9, 0));

        Logins.signIn(accounts, "admin");
        ComplianceCalendar.Overview after = calendar.overview(2029);
        assertThat(row(after, branch).held()).isEqualTo(own.held() + 1);
        assertThat(row(after, branch).done()).isEqualTo(own.done() + 1);
        assertThat(row(after, branch).lastHeld()).isEqualTo(LocalDate.of(2029, 5, 20));
        assertThat(row(after, elsewhere.branch().id())).as("another court's rows are kept").isSameAs(elsewhere);
        assertThat(after.rows()).extracting(r -> r.branch().id())
                .as("the same branches in the same order").isEqualTo(before.rows().stream().map(r -> r.branch().id()).toList());
    }

    @Test
    void aNewDayTurnsWhatWasDueIntoOverdue() {
        long branch = new LifeCalls(mvc, accounts, jdbc).ownBranch();
        MovableClock clock = new MovableClock(LocalDateTime.of(2031, 6, 30, 20, 0));
        ComplianceCalendar calendar = calendar(clock);
        Logins.signIn(accounts, "office");
        OverviewRow lastDayOfJune = row(calendar.overview(2031), branch);
        assertThat(lastDayOfJune.months().get(5)).isEqualTo(DUE);

        clock.moveTo(LocalDateTime.of(2031, 7, 1, 8, 0));
        OverviewRow firstDayOfJuly = row(calendar.overview(2031), branch);
        assertThat(firstDayOfJuly.months().get(5)).isEqualTo(OVERDUE);
        assertThat(firstDayOfJuly.months().get(6)).isEqualTo(DUE);
        assertThat(firstDayOfJuly.overdue()).isGreaterThan(lastDayOfJune.overdue());
    }

    @Test
    void aRuleChangedShowsInTheKeptOverviewOfItsCourt() {
        long xicheng = accounts.findByUsername("office").orElseThrow().courtId();
        long high = accounts.findByUsername("admin").orElseThrow().courtId();
        long court = jdbc.sql("""
                        select min(court_id) from party_organization
                        where type = 'BRANCH' and court_id <> :xicheng and court_id <> :high""")
                .param("xicheng", xicheng).param("high", high).query(Long.class).single();
        ComplianceCalendar calendar = calendar(new MovableClock(LocalDateTime.of(2032, 1, 5, 9, 0)));
        Logins.signIn(accounts, "admin");
        OverviewRow before = calendar.overview(2030, court).rows().get(0);
        assertThat(before.required()).as("4 assemblies, 12 committee meetings, 4 lectures, 12 themed days").isEqualTo(32);
        List<ComplianceRule> withoutThemedDay = new ArrayList<>();
        for (ComplianceRule rule : ComplianceRule.DEFAULTS) {
            withoutThemedDay.add(rule.type() == MeetingType.THEMED_DAY ? new ComplianceRule(rule.type(), rule.frequency(), 0) : rule);
        }
        try {
            rules.save(court, withoutThemedDay);
            OverviewRow after = calendar.overview(2030, court).rows().get(0);
            assertThat(after.branch().id()).isEqualTo(before.branch().id());
            assertThat(after.required()).isEqualTo(20);
        } finally {
            rules.save(court, ComplianceRule.DEFAULTS);
        }
        assertThat(calendar.overview(2030, court).rows().get(0).required()).isEqualTo(32);
    }

    @Test
    void aBranchCreatedOrRenamedMidYearShowsInTheKeptOverview() {
        long committee = directory.unit(new LifeCalls(mvc, accounts, jdbc).ownBranch()).orElseThrow().parentId();
        long court = directory.unit(committee).orElseThrow().courtId();
        ComplianceCalendar calendar = calendar(new MovableClock(LocalDateTime.of(2033, 3, 10, 9, 0)));
        Logins.signIn(accounts, "office");
        int branchesBefore = calendar.overview(2033).rows().size();

        String name = "年中新建党支部" + System.nanoTime();
        LocalDate established = LocalDate.of(2033, 2, 15);
        long branch = organizationCommands.createUnchecked(court, organizations.findById(committee).orElseThrow(),
                new OrganizationDetails(name, OrganizationType.BRANCH, OrganizationNature.TEMPORARY, null, null, "专项任务",
                        established, LocalDate.of(2099, 12, 31), established), "test").value();

        ComplianceCalendar.Overview after = calendar.overview(2033);
        assertThat(after.rows()).hasSize(branchesBefore + 1);
        assertThat(row(after, branch).months().subList(0, 3)).containsExactly(NOT_REQUIRED, NOT_REQUIRED, DUE);

        Logins.signIn(accounts, "admin");
        int version = organizations.findById(branch).orElseThrow().version();
        organizationCommands.update(branch, version, committee, new OrganizationDetails(name + "（更名）",
                OrganizationType.BRANCH, OrganizationNature.TEMPORARY, null, null, "专项任务", established,
                LocalDate.of(2099, 12, 31), established));
        Logins.signIn(accounts, "office");
        assertThat(row(calendar.overview(2033), branch).branch().name()).isEqualTo(name + "（更名）");
    }

    @Test
    void theTallyRebuiltFromTheMeetingsShowsInTheKeptOverview() {
        long branch = new LifeCalls(mvc, accounts, jdbc).ownBranch();
        int year = jdbc.sql("select max(tally_year) from meeting_tally where organization_id = :o").param("o", branch)
                .query(Integer.class).single();
        String tallied = "select coalesce(sum(m01 + m02 + m03 + m04 + m05 + m06 + m07 + m08 + m09 + m10 + m11 + m12), 0)"
                + " from meeting_tally where organization_id = :o and tally_year = :y";
        int held = jdbc.sql(tallied).param("o", branch).param("y", year).query(Integer.class).single();
        assertThat(held).isPositive();
        try {
            // the tally written around the application, as a bulk import does before it rebuilds the tally
            jdbc.sql("delete from meeting_tally where organization_id = :o and tally_year = :y")
                    .param("o", branch).param("y", year).update();
            ComplianceCalendar calendar = calendar(new MovableClock(LocalDateTime.of(year, 12, 31, 9, 0)));
            Logins.signIn(accounts, "office");
            assertThat(row(calendar.overview(year), branch).held()).isZero();

            tally.rebuild();
            assertThat(row(calendar.overview(year), branch).held()).isEqualTo(held);
        } finally {
            tally.rebuild();
        }
    }
}
