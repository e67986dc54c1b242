package court.tianping.life.domain;

import court.tianping.life.ComplianceStatus;
import court.tianping.life.Frequency;
import court.tianping.life.MeetingType;
import court.tianping.platform.WorkingDayCalendar;
import court.tianping.platform.WorkingDayCalendar.DayKind;
import court.tianping.organization.OrganizationType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplianceRuleTest {

    private static final ComplianceRule ASSEMBLY = new ComplianceRule(MeetingType.GENERAL_ASSEMBLY, Frequency.QUARTERLY, 1);
    private static final ComplianceRule COMMITTEE = new ComplianceRule(MeetingType.COMMITTEE, Frequency.MONTHLY, 1);
    /** The third quarter of 2026 made to end on a holiday: 30 September, a Wednesday. */
    private static final WorkingDayCalendar HOLIDAY_AT_QUARTER_END =
            new WorkingDayCalendar(Map.of(LocalDate.of(2026, 9, 30), DayKind.HOLIDAY));
    private static final Period Q3 = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    @Test
    void defaultsAreTheRulesOfThreeMeetingsAndALesson() {
        assertThat(ComplianceRule.DEFAULTS).extracting(ComplianceRule::type, ComplianceRule::frequency, ComplianceRule::minimum)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MeetingType.GENERAL_ASSEMBLY, Frequency.QUARTERLY, 1),
                        org.assertj.core.groups.Tuple.tuple(MeetingType.COMMITTEE, Frequency.MONTHLY, 1),
                        org.assertj.core.groups.Tuple.tuple(MeetingType.CELL_MEETING, Frequency.MONTHLY, 1),
                        org.assertj.core.groups.Tuple.tuple(MeetingType.PARTY_LECTURE, Frequency.QUARTERLY, 1),
                        org.assertj.core.groups.Tuple.tuple(MeetingType.THEMED_DAY, Frequency.MONTHLY, 1));
    }

    @Test
    void aQuarterEndingOnAHolidayIsDueOnThatDayAndOverdueOnlyTheDayAfter() {
        assertThat(ASSEMBLY.status(Q3, 0, null, LocalDate.of(2026, 9, 30))).isEqualTo(ComplianceStatus.DUE);
        assertThat(ASSEMBLY.status(Q3, 0, null, LocalDate.of(2026, 10, 1))).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(ASSEMBLY.status(Q3, 1, null, LocalDate.of(2026, 10, 1))).as("a meeting held on the holiday still counts")
                .isEqualTo(ComplianceStatus.DONE);
        assertThat(Period.containing(Frequency.QUARTERLY, LocalDate.of(2026, 9, 30))).isEqualTo(Q3);
        assertThat(Period.containing(Frequency.QUARTERLY, LocalDate.of(2026, 10, 1)).start()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void theReminderOfAQuarterEndingOnAHolidayCountsBackFromTheLastWorkingDay() {
        assertThat(ReminderDay.lastWorkingDay(Q3, HOLIDAY_AT_QUARTER_END::isWorkingDay)).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(ReminderDay.of(Q3, 5, HOLIDAY_AT_QUARTER_END::isWorkingDay)).isEqualTo(LocalDate.of(2026, 9, 22));
        WorkingDayCalendar plain = new WorkingDayCalendar(Map.of());
        assertThat(ReminderDay.of(Q3, 5, plain::isWorkingDay)).isEqualTo(LocalDate.of(2026, 9, 23));
    }

    @Test
    void aQuarterEndingOnAWeekendIsRemindedBeforeTheFridayBefore() {
        Period q1of2026 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        Period q4of2026 = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        WorkingDayCalendar plain = new WorkingDayCalendar(Map.of());
        assertThat(ReminderDay.lastWorkingDay(q1of2026, plain::isWorkingDay)).isEqualTo(LocalDate.of(2026, 3, 31));
        Period may2026 = new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        assertThat(ReminderDay.lastWorkingDay(may2026, plain::isWorkingDay)).as("31 May 2026 is a Sunday")
                .isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(ReminderDay.of(q4of2026, 0, plain::isWorkingDay)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aBranchCreatedMidQuarterOwesNothingForThatQuarterButOwesTheNext() {
        LocalDate established = LocalDate.of(2026, 8, 15);
        assertThat(ASSEMBLY.status(Q3, 0, established, LocalDate.of(2026, 10, 20))).isEqualTo(ComplianceStatus.NOT_REQUIRED);
        Period q4 = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertThat(ASSEMBLY.status(q4, 0, established, LocalDate.of(2027, 1, 1))).isEqualTo(ComplianceStatus.OVERDUE);
        Period august = new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
        Period september = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        assertThat(COMMITTEE.status(august, 0, established, LocalDate.of(2026, 10, 1))).isEqualTo(ComplianceStatus.NOT_REQUIRED);
        assertThat(COMMITTEE.status(september, 0, established, LocalDate.of(2026, 10, 1))).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(ASSEMBLY.status(Q3, 1, established, LocalDate.of(2026, 10, 1))).as("a meeting it held anyway shows")
                .isEqualTo(ComplianceStatus.DONE);
    }

    @Test
    void aBranchCreatedOnTheFirstDayOfAQuarterOwesThatQuarter() {
        assertThat(ASSEMBLY.status(Q3, 0, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1))).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void periodsAheadAreUpcoming() {
        assertThat(COMMITTEE.status(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), 0, null,
                LocalDate.of(2026, 10, 31))).isEqualTo(ComplianceStatus.UPCOMING);
    }

    @Test
    void groupMeetingsAreRequiredOfGroupsAndTheRestOfBranches() {
        assertThat(new ComplianceRule(MeetingType.CELL_MEETING, Frequency.MONTHLY, 1).appliesTo(OrganizationType.CELL)).isTrue();
        assertThat(new ComplianceRule(MeetingType.CELL_MEETING, Frequency.MONTHLY, 1).appliesTo(OrganizationType.BRANCH)).isFalse();
        assertThat(COMMITTEE.appliesTo(OrganizationType.BRANCH)).isTrue();
        assertThat(COMMITTEE.appliesTo(OrganizationType.CELL)).isFalse();
        assertThat(new ComplianceRule(MeetingType.THEMED_DAY, Frequency.MONTHLY, 1).counted())
                .containsExactlyInAnyOrder(MeetingType.THEMED_DAY, MeetingType.JOINT_LIFE);
    }

    @Test
    void aMinimumOutsideZeroToTenIsRefused() {
        assertThatThrownBy(() -> new ComplianceRule(MeetingType.COMMITTEE, Frequency.MONTHLY, -1))
                .hasMessageContaining("error.life.rule-minimum");
        assertThatThrownBy(() -> new ComplianceRule(MeetingType.COMMITTEE, Frequency.MONTHLY, 11))
                .hasMessageContaining("error.life.rule-minimum");
        assertThatThrownBy(() -> new ComplianceRule(MeetingType.COMMITTEE, null, 1)).hasMessageContaining("error.life.rule-incomplete");
    }

    @Test
    void periodsCoverTheYear() {
        assertThat(Period.of(Frequency.MONTHLY, 2026)).hasSize(12);
        assertThat(Period.of(Frequency.QUARTERLY, 2026)).extracting(Period::end).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
        assertThat(Period.of(Frequency.YEARLY, 2026)).containsExactly(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }
}
