package court.tianping.platform;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Working days: Monday to Friday, except the statutory holidays, plus the weekend days worked in
 * their place (调休). Deadlines in working days are counted on this calendar.
 */
public final class WorkingDayCalendar {

    /** How a day differs from the Monday-to-Friday rule. */
    public enum DayKind { HOLIDAY, WORKDAY }

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDayCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after {@code from} (a deadline of 7 working days from a Friday is…). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
    /**
     * The moment {@code minutes} working minutes after {@code from}: the clock runs through the whole
     * of every working day and stands still on weekends and holidays.
     */
    public LocalDateTime plusWorkingMinutes(LocalDateTime from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        LocalDateTime moment = nextWorkingMoment(from);
        long remaining = minutes;
        while (true) {
            LocalDateTime endOfDay = moment.toLocalDate().plusDays(1).atStartOfDay();
            long leftToday = Duration.between(moment, endOfDay).toMinutes();
            if (remaining <= leftToday) {
                return moment.plusMinutes(remaining);
            }
            remaining -= leftToday;
            moment = nextWorkingMoment(endOfDay);
        }
    }

    /** Working minutes between two moments; zero when {@code to} is not after {@code from}. */
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        long minutes = 0;
        LocalDateTime moment = from;
        while (moment.isBefore(to)) {
            LocalDateTime endOfDay = moment.toLocalDate().plusDays(1).atStartOfDay();
            LocalDateTime end = endOfDay.isBefore(to) ? endOfDay : to;
            if (isWorkingDay(moment.toLocalDate())) {
                minutes += Duration.between(moment, end).toMinutes();
            }
            moment = end;
        }
        return minutes;
    }

    private LocalDateTime nextWorkingMoment(LocalDateTime from) {
        LocalDateTime moment = from;
        for (int guard = 0; !isWorkingDay(moment.toLocalDate()); guard++) {
            if (guard > 366) {
                throw new IllegalStateException("no working day within a year of " + from);
            }
            moment = moment.toLocalDate().plusDays(1).atStartOfDay();
        }
        return moment;
    }
}
