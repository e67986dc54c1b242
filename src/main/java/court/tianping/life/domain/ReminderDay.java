package court.tianping.life.domain;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * When a reminder goes out: a number of working days before the last working day of the period, so that a
 * quarter ending on a holiday (or a weekend) is reminded of before the offices close, not on the closed day.
 */
public final class ReminderDay {

    private ReminderDay() {
    }

    public static LocalDate of(Period period, int workingDaysBefore, Predicate<LocalDate> isWorkingDay) {
        LocalDate day = lastWorkingDay(period, isWorkingDay);
        int counted = 0;
        while (counted < workingDaysBefore && day.isAfter(period.start())) {
            day = day.minusDays(1);
            if (isWorkingDay.test(day)) {
                counted++;
            }
        }
        return day;
    }

    public static LocalDate lastWorkingDay(Period period, Predicate<LocalDate> isWorkingDay) {
        LocalDate day = period.end();
        while (!isWorkingDay.test(day) && day.isAfter(period.start())) {
            day = day.minusDays(1);
        }
        return day;
    }
}
