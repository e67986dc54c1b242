package court.tianping.cobuilding.web;

import java.time.Clock;
import java.time.LocalDate;

/** The period a page shows: the days given, or this calendar year. */
record Periods(LocalDate from, LocalDate to) {

    static Periods of(LocalDate from, LocalDate to, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new Periods(from == null ? today.withDayOfYear(1) : from, to == null ? today.withDayOfYear(today.lengthOfYear()) : to);
    }

    static Periods thisYear(Clock clock) {
        return of(null, null, clock);
    }
}
