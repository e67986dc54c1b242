package court.tianping.demand.domain;

import court.tianping.core.DomainException;
import court.tianping.demand.DeadlineStep;
import court.tianping.demand.DemandLimitsChanged;
import court.tianping.demand.Urgency;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitsTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
    static final LimitKey RESOLVE_URGENT = new LimitKey(DeadlineStep.RESOLVE, Urgency.URGENT);
    static final LimitKey RESOLVE_NORMAL = new LimitKey(DeadlineStep.RESOLVE, Urgency.NORMAL);

    static Map<LimitKey, TimeLimit> defaults() {
        Map<LimitKey, TimeLimit> limits = new LinkedHashMap<>();
        for (LimitKey key : LimitKey.all()) {
            limits.put(key, key.step() == DeadlineStep.RESOLVE
                    ? TimeLimit.parse(key.urgency() == Urgency.URGENT ? "7d" : "15d").orElseThrow()
                    : TimeLimit.parse("24h").orElseThrow());
        }
        return limits;
    }

    static TimeLimits court() {
        TimeLimits limits = new TimeLimits(7, 24);
        limits.complete(defaults());
        return limits;
    }

    @Test
    void aCourtStartsFromTheDefaultsAndKeepsWhatItHas() {
        TimeLimits limits = new TimeLimits(7, 24);
        assertThat(limits.complete(defaults())).isTrue();
        assertThat(limits.limit(DeadlineStep.RESOLVE, Urgency.NORMAL)).hasToString("15d");
        Map<LimitKey, TimeLimit> other = defaults();
        other.put(RESOLVE_NORMAL, new TimeLimit(30, LimitUnit.DAYS));
        assertThat(limits.complete(other)).isFalse();
        assertThat(limits.limit(RESOLVE_NORMAL)).hasToString("15d");
    }

    @Test
    void aChangeRecordsTheCellsThatChangedInOneEvent() {
        TimeLimits limits = court();
        Map<LimitKey, TimeLimit> changed = defaults();
        changed.put(RESOLVE_NORMAL, new TimeLimit(20, LimitUnit.DAYS));
        assertThat(limits.change(changed, 16, "office", NOW)).isTrue();

        assertThat(limits.limit(RESOLVE_NORMAL)).isEqualTo(new TimeLimit(20, LimitUnit.DAYS));
        assertThat(limits.escalateToOfficeAfterHours()).isEqualTo(16);
        assertThat(limits.changedBy()).isEqualTo("office");
        assertThat(limits.raisedEvents()).singleElement().isInstanceOfSatisfying(DemandLimitsChanged.class, event -> {
            assertThat(event.courtId()).isEqualTo(7L);
            assertThat(event.actor()).isEqualTo("office");
            assertThat(event.before()).containsExactly(Map.entry("RESOLVE.NORMAL", "15d"),
                    Map.entry("escalateToOfficeAfterHours", 24));
            assertThat(event.after()).containsExactly(Map.entry("RESOLVE.NORMAL", "20d"),
                    Map.entry("escalateToOfficeAfterHours", 16));
        });
    }

    @Test
    void theSameLimitsAgainChangeNothing() {
        TimeLimits limits = court();
        assertThat(limits.change(defaults(), 24, "office", NOW)).isFalse();
        assertThat(limits.raisedEvents()).isEmpty();
        assertThat(limits.changedBy()).isNull();
    }

    @Test
    void anUrgentDemandMayNotHaveLongerThanANormalOne() {
        TimeLimits limits = court();
        Map<LimitKey, TimeLimit> changed = defaults();
        changed.put(RESOLVE_URGENT, new TimeLimit(16, LimitUnit.DAYS));
        changed.put(new LimitKey(DeadlineStep.VISIT, Urgency.NORMAL), new TimeLimit(5, LimitUnit.DAYS));
        assertThatThrownBy(() -> limits.change(changed, 24, "office", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.demand.limit-urgent-longer");
                    assertThat(e.arguments()).containsExactly(DeadlineStep.RESOLVE);
                });
        assertThat(limits.limit(new LimitKey(DeadlineStep.VISIT, Urgency.NORMAL))).hasToString("24h");
    }

    @Test
    void escalationToTheOfficeComesWithinFiveWorkingDays() {
        TimeLimits limits = court();
        for (int hours : new int[]{0, -1, TimeLimits.MAX_ESCALATION_HOURS + 1}) {
            assertThatThrownBy(() -> limits.change(defaults(), hours, "office", NOW))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.demand.escalation-hours"));
        }
        assertThat(limits.escalateToOfficeAfterHours()).isEqualTo(24);
    }

    @Test
    void aLimitIsOneToOneHundredTwentyWorkingHoursOrOneToSixtyWorkingDays() {
        assertThat(TimeLimit.parse("24h")).contains(new TimeLimit(24, LimitUnit.HOURS));
        assertThat(TimeLimit.parse(" 7d ")).contains(new TimeLimit(7, LimitUnit.DAYS));
        assertThat(TimeLimit.parse("120h")).isPresent();
        assertThat(TimeLimit.parse("60d")).isPresent();
        for (String bad : new String[]{"0h", "121h", "61d", "0d", "-1d", "7", "d", "7w", "", null}) {
            assertThat(TimeLimit.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
        assertThatThrownBy(() -> new TimeLimit(0, LimitUnit.DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TimeLimit(3, LimitUnit.DAYS)).hasToString("3d");
    }
}
