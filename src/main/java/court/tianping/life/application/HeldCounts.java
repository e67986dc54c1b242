package court.tianping.life.application;

import court.tianping.life.MeetingType;
import court.tianping.life.domain.ComplianceRule;
import court.tianping.life.domain.Period;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Held meetings per organisation, type and month of one year, as read in one grouped query. */
final class HeldCounts {

    private static final int[] NONE = new int[13];

    private final Map<Long, Map<MeetingType, int[]>> counts = new HashMap<>();
    private final Map<Long, LocalDate> lastHeld = new HashMap<>();

    /** A year's counts of one organisation and type, indexed by month (1 to 12). */
    void addYear(long organizationId, MeetingType type, int[] months, LocalDate last) {
        int[] held = counts.computeIfAbsent(organizationId, o -> new EnumMap<>(MeetingType.class))
                .computeIfAbsent(type, t -> new int[13]);
        for (int m = 1; m <= 12; m++) {
            held[m] += months[m];
        }
        LocalDate known = lastHeld.get(organizationId);
        if (known == null || last.isAfter(known)) {
            lastHeld.put(organizationId, last);
        }
    }

    void add(long organizationId, MeetingType type, int month, int count, LocalDate last) {
        counts.computeIfAbsent(organizationId, o -> new EnumMap<>(MeetingType.class))
                .computeIfAbsent(type, t -> new int[13])[month] += count;
        lastHeld.merge(organizationId, last, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Meetings that count towards the rule, held by the organisation in the period (of the counted year). */
    int held(long organizationId, ComplianceRule rule, Period period) {
        return within(months(organizationId, rule), period);
    }

    /**
     * Meetings that count towards the rule, held by the organisation in each month of the counted year (indexed
     * 1 to 12), to be read and not changed: looked up once for all the periods of a rule.
     */
    int[] months(long organizationId, ComplianceRule rule) {
        Map<MeetingType, int[]> byType = counts.get(organizationId);
        if (byType == null) {
            return NONE;
        }
        int[] total = null;
        for (MeetingType type : rule.counted()) {
            int[] months = byType.get(type);
            if (months == null) {
                continue;
            }
            if (total == null) {
                total = months;
            } else {
                int[] sum = total.clone();
                for (int m = 1; m <= 12; m++) {
                    sum[m] += months[m];
                }
                total = sum;
            }
        }
        return total == null ? NONE : total;
    }

    /** The meetings of the months given (indexed 1 to 12) held in the period. */
    static int within(int[] months, Period period) {
        int total = 0;
        for (int m = period.start().getMonthValue(); m <= period.end().getMonthValue(); m++) {
            total += months[m];
        }
        return total;
    }

    int total(long organizationId) {
        int total = 0;
        for (int[] months : counts.getOrDefault(organizationId, Map.of()).values()) {
            for (int n : months) {
                total += n;
            }
        }
        return total;
    }

    LocalDate lastHeld(long organizationId) {
        return lastHeld.get(organizationId);
    }
}
