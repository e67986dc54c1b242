package court.tianping.honour.domain;

import court.tianping.core.DomainException;
import court.tianping.honour.HonourAwarded;
import court.tianping.honour.HonourLevel;
import court.tianping.honour.VolunteerJoined;
import court.tianping.honour.VolunteerServiceRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HonourAggregatesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 10, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Person ZHANG = new Person(7, 1, "/1/2/");
    private static final Person LI = new Person(5, 1, "/1/3/");
    private static final Organisation BRANCH = new Organisation(2, 1, "/1/2/");

    private static String key(Runnable step) {
        try {
            step.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("the step was not refused");
    }

    private static Honour award(List<Person> people, Organisation organisation) {
        Honour honour = Honour.award(1, "全国优秀法官", HonourLevel.NATIONAL, "最高人民法院", LocalDate.of(2026, 3, 1), "法〔2026〕12号",
                people, organisation, "office", NOW);
        ReflectionTestUtils.setField(honour, "id", 99L);
        return honour;
    }

    @Test
    void anHonourGoesToMembersOrToAnOrganisationNeverBothNorNone() {
        assertThat(key(() -> award(List.of(), null))).isEqualTo("error.honour.individual-or-collective");
        assertThat(key(() -> award(List.of(ZHANG), BRANCH))).isEqualTo("error.honour.individual-or-collective");
        assertThat(key(() -> award(List.of(ZHANG, ZHANG), null))).isEqualTo("error.honour.duplicate-recipient");
        assertThat(key(() -> award(List.of(new Person(9, 2, "/8/")), null))).isEqualTo("error.honour.other-court");
    }

    @Test
    void refusesAFutureAwardAMissingLevelAndAnEmptyTitle() {
        assertThat(key(() -> Honour.award(1, "标兵", HonourLevel.COURT, "院党组", TODAY.plusDays(1), null, List.of(ZHANG), null, "o", NOW)))
                .isEqualTo("error.honour.future");
        assertThat(key(() -> Honour.award(1, "标兵", null, "院党组", TODAY, null, List.of(ZHANG), null, "o", NOW)))
                .isEqualTo("error.honour.required");
        assertThat(key(() -> Honour.award(1, " ", HonourLevel.COURT, "院党组", TODAY, null, List.of(ZHANG), null, "o", NOW)))
                .isEqualTo("error.honour.required");
    }

    @Test
    void publishesHonourAwardedWithTheMembersSortedOrTheOrganisation() {
        HonourAwarded individual = (HonourAwarded) award(List.of(ZHANG, LI), null).raised().iterator().next();
        assertThat(individual.honourId()).isEqualTo(99L);
        assertThat(individual.courtId()).isEqualTo(1L);
        assertThat(individual.memberIds()).containsExactly(5L, 7L);
        assertThat(individual.organizationId()).isNull();
        assertThat(individual.level()).isEqualTo(HonourLevel.NATIONAL);
        assertThat(individual.awardedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(individual.collective()).isFalse();
        HonourAwarded collective = (HonourAwarded) award(List.of(), BRANCH).raised().iterator().next();
        assertThat(collective.memberIds()).isEmpty();
        assertThat(collective.organizationId()).isEqualTo(2L);
        assertThat(collective.collective()).isTrue();
    }

    private static VolunteerTeam team() {
        VolunteerTeam team = VolunteerTeam.form(BRANCH, "天平志愿服务队", LocalDate.of(2025, 1, 1), "o", NOW);
        ReflectionTestUtils.setField(team, "id", 3L);
        return team;
    }

    @Test
    void aMemberJoinsATeamOnceAndNotBeforeItWasFormed() {
        VolunteerTeam team = team();
        assertThat(key(() -> team.join(ZHANG, LocalDate.of(2024, 12, 31), "o", NOW))).isEqualTo("error.honour.before-formed");
        team.join(ZHANG, LocalDate.of(2025, 3, 1), "o", NOW);
        assertThat(key(() -> team.join(ZHANG, LocalDate.of(2025, 4, 1), "o", NOW))).isEqualTo("error.honour.already-volunteer");
        assertThat(key(() -> team.join(new Person(9, 2, "/8/"), TODAY, "o", NOW))).isEqualTo("error.honour.other-court");
        assertThat(team.raised()).hasSize(2).last().isInstanceOf(VolunteerJoined.class);
    }

    @Test
    void serviceHoursGoOnlyToVolunteersWhoHadJoinedInHalvesUpToADay() {
        VolunteerTeam team = team();
        team.join(ZHANG, LocalDate.of(2025, 3, 1), "o", NOW);
        team.join(LI, LocalDate.of(2026, 6, 1), "o", NOW);
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertThat(key(() -> VolunteerService.record(team, day, "社区", "普法", Map.of(LI.memberId(), BigDecimal.ONE), "o", NOW)))
                .isEqualTo("error.honour.not-a-volunteer");
        assertThat(key(() -> VolunteerService.record(team, day, "社区", "普法", Map.of(99L, BigDecimal.ONE), "o", NOW)))
                .isEqualTo("error.honour.not-a-volunteer");
        for (String hours : List.of("0", "-1", "24.5", "1.3")) {
            assertThat(key(() -> VolunteerService.record(team, day, "社区", "普法", Map.of(ZHANG.memberId(), new BigDecimal(hours)), "o", NOW)))
                    .as(hours).isEqualTo("error.honour.hours");
        }
        assertThat(key(() -> VolunteerService.record(team, day, "社区", "普法", Map.of(), "o", NOW))).isEqualTo("error.honour.no-volunteers");
        assertThat(key(() -> VolunteerService.record(team, TODAY.plusDays(1), "社区", "普法", Map.of(ZHANG.memberId(), BigDecimal.ONE), "o", NOW)))
                .isEqualTo("error.honour.future");
        Map<Long, BigDecimal> hours = new LinkedHashMap<>();
        hours.put(ZHANG.memberId(), new BigDecimal("2.5"));
        hours.put(LI.memberId(), new BigDecimal("3"));
        VolunteerService service = VolunteerService.record(team, TODAY, "金融街街道", "法律咨询", hours, "o", NOW);
        ReflectionTestUtils.setField(service, "id", 4L);
        assertThat(service.hours()).extracting(ServiceHours::hours).containsExactlyInAnyOrder(new BigDecimal("2.5"), new BigDecimal("3"));
        assertThat(((VolunteerServiceRecorded) service.raised().iterator().next()).hours()).isEqualByComparingTo("5.5");
    }

    @Test
    void aPioneerPostNeedsHoldersOfTheCourtCommitmentsAndAPeriod() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThat(key(() -> PioneerPost.establish(BRANCH, "立案窗口党员先锋岗", start, null, "亮身份", List.of(), "o", NOW)))
                .isEqualTo("error.honour.no-holders");
        assertThat(key(() -> PioneerPost.establish(BRANCH, "立案窗口党员先锋岗", start, start.minusDays(1), "亮身份", List.of(ZHANG), "o", NOW)))
                .isEqualTo("error.honour.period");
        assertThat(key(() -> PioneerPost.establish(BRANCH, "立案窗口党员先锋岗", start, null, " ", List.of(ZHANG), "o", NOW)))
                .isEqualTo("error.honour.required");
        assertThat(key(() -> PioneerPost.establish(BRANCH, "立案窗口党员先锋岗", start, null, "亮身份", List.of(new Person(9, 2, "/8/")), "o", NOW)))
                .isEqualTo("error.honour.other-court");
        assertThat(PioneerPost.establish(BRANCH, "立案窗口党员先锋岗", start, null, "亮身份、亮承诺", List.of(ZHANG, LI), "o", NOW).holders())
                .hasSize(2);
    }
}
