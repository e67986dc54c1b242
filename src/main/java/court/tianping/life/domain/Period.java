package court.tianping.life.domain;

import court.tianping.life.Frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A period of a compliance rule: a month, a quarter or a year, both days included. */
public record Period(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private static final java.util.Map<String, List<Period>> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The periods of a year, oldest first (the same list for the same frequency and year). */
    public static List<Period> of(Frequency frequency, int year) {
        return KNOWN.computeIfAbsent(frequency + "/" + year, key -> compute(frequency, year));
    }

    private static List<Period> compute(Frequency frequency, int year) {
        int months = switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case YEARLY -> 12;
        };
        List<Period> periods = new ArrayList<>();
        for (int month = 1; month <= 12; month += months) {
            LocalDate start = LocalDate.of(year, month, 1);
            periods.add(new Period(start, start.plusMonths(months).minusDays(1)));
        }
        return List.copyOf(periods);
    }

    public static Period containing(Frequency frequency, LocalDate day) {
        return of(frequency, day.getYear()).stream().filter(p -> p.contains(day)).findFirst().orElseThrow();
    }
}
