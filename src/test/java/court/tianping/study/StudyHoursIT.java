package court.tianping.study;

import court.tianping.IntegrationTest;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import court.tianping.study.application.StudyHours;
import court.tianping.study.application.StudyHours.Period;
import court.tianping.study.application.StudyHours.Tally;
import court.tianping.study.application.StudySessions;
import court.tianping.study.application.StudyTraining;
import court.tianping.study.domain.SessionPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hours and completion per member, branch and court, computed from records of March and April 2019 (a period
 * the demo year never reaches): held sessions count on the day they began, completed classes on the day of
 * completion; planned and cancelled sessions count nothing.
 */
@IntegrationTest
class StudyHoursIT {

    private static boolean recorded;
    private static long m1;
    private static long m2;
    private static long m3;
    private static long ownBranch;
    private static long foreignBranch;
    private static long court;

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StudySessions sessions;
    @Autowired
    StudyTraining training;
    @Autowired
    StudyHours hours;

    @BeforeEach
    void record() {
        if (recorded) {
            return;
        }
        signIn("office");
        ownBranch = accounts.findByUsername("secretary").orElseThrow().organizationId();
        foreignBranch = jdbc.sql("""
                select o.id from party_organization o join court c on c.id = o.court_id
                where o.name = '刑事审判庭党支部' and c.name = '北京市西城区人民法院'""").query(Long.class).single();
        court = jdbc.sql("select id from court where name = '北京市西城区人民法院'").query(Long.class).single();
        m1 = accounts.findByUsername("member").orElseThrow().memberId();
        m2 = accounts.findByUsername("cellleader").orElseThrow().memberId();
        m3 = jdbc.sql("select max(id) from member where organization_id = :o").param("o", foreignBranch).query(Long.class).single();

        held(ownBranch, at(2019, 3, 6, 16, 0), 90, List.of(m1, m2));
        held(ownBranch, at(2019, 3, 31, 23, 30), 60, List.of(m1));
        held(foreignBranch, at(2019, 4, 1, 0, 0), 60, List.of(m3));
        sessions.plan(plan(at(2019, 3, 10, 16, 0), 120), ownBranch);
        long cancelled = sessions.plan(plan(at(2019, 3, 12, 16, 0), 120), ownBranch);
        sessions.cancel(cancelled, 0, "集中开庭");

        long committee = jdbc.sql("select parent_id from party_organization where id = :b").param("b", ownBranch).query(Long.class).single();
        long training = this.training.openClass(committee, "政治轮训班（2019年第一期）", LocalDate.of(2019, 3, 11), LocalDate.of(2019, 3, 13), 24);
        this.training.enrol(training, 0, m1);
        this.training.enrol(training, 1, m3);
        this.training.complete(training, 2, m1, LocalDate.of(2019, 3, 13));
        recorded = true;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachMembersHoursAddUpFromTheSessionsTheyAttendedAndTheClassesTheyCompleted() {
        signIn("office");
        Map<Long, Tally> march = byId(hours.members(new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)), 0, 100).content());
        assertThat(march).containsOnlyKeys(m1, m2, m3);
        assertThat(march.get(m1).minutes()).isEqualTo(90 + 60 + 24 * 60);
        assertThat(march.get(m1).hours()).isEqualByComparingTo(new BigDecimal("26.5"));
        assertThat(march.get(m1).sessions()).isEqualTo(2);
        assertThat(march.get(m1).completionRate()).isEqualTo(100);
        assertThat(march.get(m2).minutes()).isEqualTo(90);
        assertThat(march.get(m2).completionRate()).isNull();
        assertThat(march.get(m3).minutes()).isZero();
        assertThat(march.get(m3).enrolled()).isEqualTo(1);
        assertThat(march.get(m3).completionRate()).isZero();
    }

    @Test
    void aSessionCountsOnTheDayItBeganAtThePeriodsBoundaries() {
        signIn("office");
        Map<Long, Tally> lastDay = byId(hours.members(new Period(LocalDate.of(2019, 3, 31), LocalDate.of(2019, 3, 31)), 0, 100).content());
        assertThat(lastDay).containsOnlyKeys(m1);
        assertThat(lastDay.get(m1).minutes()).isEqualTo(60);
        Map<Long, Tally> april = byId(hours.members(new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30)), 0, 100).content());
        assertThat(april).containsOnlyKeys(m3);
        assertThat(april.get(m3).minutes()).isEqualTo(60);
        assertThat(byId(hours.members(new Period(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28)), 0, 100).content())).isEmpty();
    }

    @Test
    void branchAndCourtFiguresAreTheSumsOfTheirMembers() {
        signIn("office");
        Period march = new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
        Map<Long, Tally> branches = byId(hours.branches(court, march));
        assertThat(branches.get(ownBranch).minutes()).isEqualTo(90 + 60 + 90 + 24 * 60);
        assertThat(branches.get(ownBranch).members()).isEqualTo(2);
        assertThat(branches.get(ownBranch).sessions()).isEqualTo(3);
        assertThat(branches.get(foreignBranch).minutes()).isZero();
        assertThat(branches.get(foreignBranch).enrolled()).isEqualTo(1);
        Tally xicheng = byId(hours.courts(march, Map.of())).get(court);
        assertThat(xicheng.minutes()).isEqualTo(90 + 60 + 90 + 24 * 60);
        assertThat(xicheng.members()).isEqualTo(3);
        assertThat(xicheng.completionRate()).isEqualTo(50);
        long plain = jdbc.sql("""
                select coalesce(sum(s.minutes), 0) from study_attendance a join study_session s on s.id = a.study_session
                where s.state = 'HELD' and s.court_id = :court and s.starts_at >= :from and s.starts_at < :to""")
                .param("court", court).param("from", LocalDateTime.of(2019, 3, 1, 0, 0))
                .param("to", LocalDateTime.of(2019, 4, 1, 0, 0)).query(Long.class).single();
        assertThat(xicheng.minutes()).isEqualTo(plain + 24 * 60);
    }

    @Test
    void aBranchSecretarySeesTheirBranchOnlyAndAMemberTheirOwnHours() {
        signIn("secretary");
        Period march = new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
        assertThat(byId(hours.members(march, 0, 100).content())).containsOnlyKeys(m1, m2);
        assertThat(byId(hours.branches(court, march))).containsOnlyKeys(ownBranch);
        assertThat(byId(hours.courts(march, Map.of())).get(court).members()).isEqualTo(2);
        signIn("member");
        assertThat(byId(hours.members(march, 0, 100).content())).containsOnlyKeys(m1);
        assertThat(hours.member(m1, march).minutes()).isEqualTo(90 + 60 + 24 * 60);
    }

    private void held(long branch, LocalDateTime start, int minutes, List<Long> attendees) {
        long id = sessions.plan(plan(start, minutes), branch);
        sessions.hold(id, 0, attendees, null);
    }

    private static SessionPlan plan(LocalDateTime start, int minutes) {
        return new SessionPlan(StudyKind.JOINT_STUDY, "政治理论学习日", "支部活动室", start, start.plusMinutes(minutes), null, null, null);
    }

    private static LocalDateTime at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min);
    }

    /** Signs in for the service calls that follow; the scope is resolved again for the new user. */
    private void signIn(String username) {
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        TianpingUser user = accounts.findByUsername(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    private static Map<Long, Tally> byId(List<Tally> tallies) {
        return tallies.stream().collect(java.util.stream.Collectors.toMap(Tally::id, t -> t));
    }
}
