package court.tianping.platform;

import court.tianping.platform.WorkingDayCalendar.DayKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    /** National Day 2026 as the notice has it: 1–7 October off, Sunday 20 September and Saturday 10 October worked. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 9, 20), DayKind.WORKDAY,
            LocalDate.of(2026, 10, 1), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 5), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 7), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 10), DayKind.WORKDAY));

    @Test
    void weekdaysWorkAndWeekendsRestUnlessRecordedOtherwise() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void aDeadlineSkipsTheHolidayAndCountsTheMakeUpDay() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 0)).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void countsTheWorkingDaysBetweenTwoDates() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 11))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 11), LocalDate.of(2026, 9, 30))).isZero();
    }

    @Test
    void refusesANegativeNumberOfDays() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingHoursStandStillOverTheNationalDayHolidayAndRunOnTheMakeUpSaturday() {
        // 24 working hours from Wednesday 30 September 15:00: 9 hours that day, then nothing until Thursday 8 October
        LocalDateTime due = calendar.plusWorkingMinutes(LocalDateTime.of(2026, 9, 30, 15, 0), 24 * 60);
        assertThat(due).isEqualTo(LocalDateTime.of(2026, 10, 8, 15, 0));
        // from Friday 9 October 12:00, the make-up Saturday counts
        assertThat(calendar.plusWorkingMinutes(LocalDateTime.of(2026, 10, 9, 12, 0), 24 * 60))
                .isEqualTo(LocalDateTime.of(2026, 10, 10, 12, 0));
        assertThat(calendar.workingMinutesBetween(LocalDateTime.of(2026, 9, 30, 15, 0), LocalDateTime.of(2026, 10, 8, 15, 0)))
                .isEqualTo(24 * 60);
    }

    @Test
    void aSevenWorkingDayLimitFromBeforeTheHolidayEndsAfterIt() {
        // Oct 8, 9, 10 (make-up Saturday), 12, 13, 14, 15
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 7)).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void aStartOnAHolidayWaitsForTheNextWorkingDay() {
        assertThat(calendar.plusWorkingMinutes(LocalDateTime.of(2026, 10, 3, 10, 0), 60))
                .isEqualTo(LocalDateTime.of(2026, 10, 8, 1, 0));
    }
}
