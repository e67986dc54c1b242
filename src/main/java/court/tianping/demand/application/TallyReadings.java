package court.tianping.demand.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import court.tianping.core.SqlFilter;
import court.tianping.demand.application.TallyFacts.Counts;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folded part of the figures: the tally's rows for a scope and a period, added up in SQL. The tally
 * changes only when {@link DemandTally} folds or rebuilds it, which also moves the tally's generation in
 * the same transaction; the rows read are kept in memory under that generation and read again once it
 * has moved. A city-wide request so adds up stored rows once per fold instead of once per request.
 */
@Component
class TallyReadings {

    private static final String SUMS = "sum(t.total) as total, sum(t.contacted) as contacted, sum(t.responded) as responded, "
            + "sum(t.resolved) as resolved, sum(t.visited) as visited, sum(t.satisfied) as satisfied, "
            + "sum(t.before_litigation) as before_litigation";

    /** A court's month. */
    record MonthRow(long courtId, int month, Counts counts) {
    }

    /** One key of a dimension (a branch, a street, a category, a channel) over the period. */
    record KeyRow(String dimension, String key, Counts counts) {
    }

    /** A street × category cell's count in the period or in the one before it. */
    record HotspotRow(String key, boolean current, long total) {
    }

    record Rows(List<MonthRow> months, List<KeyRow> keys, List<HotspotRow> hotspots) {
    }

    private record Key(long generation, char level, SqlFilter filter, int first, int last, int previousFirst) {
    }

    private final JdbcClient jdbc;
    private final Cache<Key, Rows> read = Caffeine.newBuilder().maximumSize(500)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    TallyReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The generation of the tally, read in the caller's transaction so that it matches what the caller reads next. */
    long generation() {
        return jdbc.sql("select generation from demand_tally_generation where id = 1").query(Long.class).single();
    }

    Rows rows(long generation, char level, SqlFilter filter, DemandFigures.Period period) {
        return read.get(new Key(generation, level, filter, period.first(), period.last(), period.previousFirst()),
                this::read);
    }

    private Rows read(Key key) {
        Map<String, Object> params = new HashMap<>(key.filter().params());
        params.put("first", key.first());
        params.put("last", key.last());
        params.put("previousFirst", key.previousFirst());
        params.put("level", String.valueOf(key.level()));
        String where = " from demand_tally t where t.tally_level = :level and " + key.filter().sql();
        List<MonthRow> months = new ArrayList<>();
        jdbc.sql("select t.court_id, t.year_month, " + SUMS + where + " and t.dimension = 'ALL' and t.year_month between :first and :last "
                        + "group by t.court_id, t.year_month").params(params)
                .query((RowCallbackHandler) rs -> months.add(new MonthRow(rs.getLong("court_id"), rs.getInt("year_month"), Counts.read(rs))));
        List<KeyRow> keys = new ArrayList<>();
        jdbc.sql("select t.dimension, t.dim_key, " + SUMS + where + " and t.dimension in ('BRANCH', 'STREET', 'CATEGORY', 'CHANNEL') "
                        + "and t.year_month between :first and :last group by t.dimension, t.dim_key").params(params)
                .query((RowCallbackHandler) rs -> keys.add(new KeyRow(rs.getString("dimension"), rs.getString("dim_key"), Counts.read(rs))));
        // The first month is an int of our own, written into the SQL so that select and group by name the same expression.
        String current = "case when t.year_month >= " + key.first() + " then 1 else 0 end";
        List<HotspotRow> hotspots = new ArrayList<>();
        jdbc.sql("select t.dim_key, " + current + " as current_period, sum(t.total) as total"
                        + where + " and t.dimension = 'HOTSPOT' and t.year_month between :previousFirst and :last "
                        + "group by t.dim_key, " + current).params(params)
                .query((RowCallbackHandler) rs -> hotspots.add(new HotspotRow(rs.getString("dim_key"), rs.getInt("current_period") == 1,
                        rs.getLong("total"))));
        return new Rows(List.copyOf(months), List.copyOf(keys), List.copyOf(hotspots));
    }
}
