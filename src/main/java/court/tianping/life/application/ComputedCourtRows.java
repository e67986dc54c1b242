package court.tianping.life.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import court.tianping.life.application.ComplianceCalendar.OverviewRow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The overview rows of each court as computed for a year on a day, with the compliance generation of the court
 * they were computed under. Rows are handed out again only under the same generation, which the caller reads
 * from the database on every request: a meeting held, a rule or an organisation changed through any
 * application node moves the generation, and the court's rows are computed again. Today is part of the key,
 * since what is due, overdue and silent depends on the day.
 */
final class ComputedCourtRows {

    private record Key(long courtId, int year, LocalDate today) {
    }

    private record Computed(long generation, List<OverviewRow> rows) {
    }

    /** A court of a hundred branches keeps about 20 KB; 30 courts over five years and two days fit many times. */
    private final Cache<Key, Computed> computed = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterAccess(Duration.ofHours(2)).build();

    /** The court's rows for the year and day if they were computed under this generation, otherwise null. */
    List<OverviewRow> current(long courtId, int year, LocalDate today, long generation) {
        Computed known = computed.getIfPresent(new Key(courtId, year, today));
        return known != null && known.generation() == generation ? known.rows() : null;
    }

    /** Keeps the rows computed under this generation, unless rows of a later one were kept meanwhile. */
    void keep(long courtId, int year, LocalDate today, long generation, List<OverviewRow> rows) {
        computed.asMap().merge(new Key(courtId, year, today), new Computed(generation, List.copyOf(rows)),
                (kept, fresh) -> fresh.generation() >= kept.generation() ? fresh : kept);
    }
}
