package court.tianping.demand.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.demand.Channel;
import court.tianping.demand.application.DemandAccess.TallyScope;
import court.tianping.demand.application.TallyFacts.Counts;
import court.tianping.demand.application.TallyFacts.Dimension;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The figures of the demand flow for a period of months, within the user's scope: the three rates
 * (响应率, 解决率, 满意率) overall and per court, branch, street and month; counts by channel and
 * category; the share resolved before litigation; street coverage; and hotspots. Read from the tally
 * that {@link DemandTally} keeps, plus the changes it has not folded yet, plus the demands whose first
 * contact became overdue with the passing of time, so the figures are exact at every moment.
 */
@Service
public class DemandFigures {

    private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Counts of one group (a branch, a street, a month…) and the rates computed from them. */
    public record Rates(String key, String name, long total, long responded, long responseDue, long resolved,
                        long visited, long satisfied, long beforeLitigation) {

        @JsonProperty
        public Double responseRate() {
            return ratio(responded, responseDue);
        }

        @JsonProperty
        public Double resolutionRate() {
            return ratio(resolved, total);
        }

        @JsonProperty
        public Double satisfactionRate() {
            return ratio(satisfied, visited);
        }

        @JsonProperty
        public Double beforeLitigationRate() {
            return ratio(beforeLitigation, resolved);
        }

        public Rates named(String newName) {
            return new Rates(key, newName, total, responded, responseDue, resolved, visited, satisfied, beforeLitigation);
        }

        private static Double ratio(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }

    /** A street × category cell whose count rose against the previous period of the same length. */
    public record Hotspot(String street, String category, long count, long previous) {

        public long rise() {
            return count - previous;
        }
    }

    public record Figures(YearMonth from, YearMonth to, Rates overall, List<Rates> byCourt, List<Rates> byBranch,
                          List<Rates> byStreet, List<Rates> byCategory, List<Rates> byChannel, List<Rates> byMonth,
                          long streetsCovered, long streets, List<Hotspot> hotspots) {

        @JsonProperty
        public Double streetCoverage() {
            return streets == 0 ? null : (double) streetsCovered / streets;
        }
    }

    private final JdbcClient jdbc;
    private final TallyReadings readings;
    private final DemandAccess access;
    private final OrganizationDirectory directory;
    private final Clock clock;

    DemandFigures(JdbcClient jdbc, TallyReadings readings, DemandAccess access, OrganizationDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.readings = readings;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    /** On one snapshot, so that the tally's generation, its unfolded changes and the demands agree with each other. */
    @PreAuthorize("hasAuthority('demand:figures')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Figures figures(YearMonth from, YearMonth to) {
        YearMonth end = to == null ? YearMonth.now(clock) : to;
        YearMonth start = from == null || from.isAfter(end) ? end.minusMonths(11) : from;
        Period period = new Period(start, end);
        Sums sums = new Sums(period);
        Optional<TallyScope> scope = access.tallyScope("t");
        scope.ifPresent(s -> {
            readTally(s, sums);
            readChanges(sums);
            readOverdueContacts(sums);
        });
        return figures(period, sums, scope.map(this::streetsInScope).orElse(0L));
    }

    /** The months asked for, and the months just before them that hotspots compare with. */
    record Period(YearMonth from, YearMonth to) {

        long months() {
            return ChronoUnit.MONTHS.between(from, to) + 1;
        }

        int first() {
            return month(from);
        }

        int last() {
            return month(to);
        }

        int previousFirst() {
            return month(from.minusMonths(months()));
        }

        boolean contains(int month) {
            return month >= first() && month <= last();
        }

        static int month(YearMonth month) {
            return month.getYear() * 100 + month.getMonthValue();
        }
    }

    private void readTally(TallyScope scope, Sums sums) {
        TallyReadings.Rows rows = readings.rows(readings.generation(), scope.level(), scope.filter(), sums.period);
        rows.months().forEach(row -> sums.addToAll(row.courtId(), row.month(), row.counts(), 0));
        rows.keys().forEach(row -> sums.addTo(row.dimension(), row.key(), row.counts(), 0));
        rows.hotspots().forEach(row -> sums.addToHotspot(row.key(), row.current(), row.total()));
    }

    /** The changes the tally has not folded yet, over the same rows of the same level. */
    private void readChanges(Sums sums) {
        TallyScope changes = access.tallyScope("c").orElseThrow();
        Map<String, Object> params = params(changes.filter(), sums.period);
        jdbc.sql("select * from demand_tally_change c where " + changes.filter().sql()
                        + " and c.year_month between :previousFirst and :last").params(params)
                .query((RowCallbackHandler) rs -> sums.add(TallyFacts.readChange(rs), 0));
    }

    /**
     * Demands not contacted whose first-contact limit has passed: due for the response rate, not yet responded.
     * Counted in SQL by the groups the figures show, so that a city reads a row per group, not per demand. The
     * inner query names no parameter and is kept apart ({@code offset 0}): PostgreSQL plans it for these very
     * moments, from the index that holds its columns, and only then applies the user's scope to the few rows.
     */
    private void readOverdueContacts(Sums sums) {
        SqlFilter scope = access.filter("d");
        String month = "cast(extract(year from d.submitted_at) * 100 + extract(month from d.submitted_at) as int)";
        jdbc.sql("select d.court_id, " + month + " as year_month, d.branch_id, d.street_id, d.category_id, d.channel, count(*) as overdue"
                        + " from (select x.court_id, x.submitted_at, x.branch_id, x.street_id, x.category_id, x.channel, x.organization_path"
                        + " from demand x where x.first_contact_at is null and x.first_contact_due < " + timestamp(LocalDateTime.now(clock))
                        + " and x.submitted_at >= " + timestamp(sums.period.from().atDay(1).atStartOfDay())
                        + " and x.submitted_at < " + timestamp(sums.period.to().plusMonths(1).atDay(1).atStartOfDay())
                        + " offset 0) d where " + scope.sql()
                        + " group by d.court_id, " + month + ", d.branch_id, d.street_id, d.category_id, d.channel").params(scope.params())
                .query((RowCallbackHandler) rs -> sums.add(new TallyFacts(rs.getLong(1), rs.getObject(3, Long.class), null,
                        rs.getInt(2), rs.getObject(4, Long.class), rs.getObject(5, Long.class), Channel.valueOf(rs.getString(6)),
                        Counts.ZERO), rs.getLong(7)));
    }

    /**
     * Moments written into the SQL rather than bound: with parameters, PostgreSQL soon plans the statement once
     * for any moment and reads the whole period of a court, where only the few demands past their limit qualify.
     * They are values of our own clock and periods, never text a user typed.
     */
    private static String timestamp(LocalDateTime at) {
        return "timestamp '" + at.truncatedTo(ChronoUnit.SECONDS).format(SQL_TIMESTAMP) + "'";
    }

    private static Map<String, Object> params(SqlFilter filter, Period period) {
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("first", period.first());
        params.put("last", period.last());
        params.put("previousFirst", period.previousFirst());
        return params;
    }

    /** Counts added up per group while the rows are read. */
    private static final class Sums {
        final Period period;
        final Group overall = new Group();
        final Map<Long, Group> byCourt = new HashMap<>();
        final Map<Integer, Group> byMonth = new HashMap<>();
        final Map<String, Map<String, Group>> byDimension = new HashMap<>();
        final Map<String, Long> hotspotNow = new HashMap<>();
        final Map<String, Long> hotspotBefore = new HashMap<>();

        Sums(Period period) {
            this.period = period;
        }

        void addToAll(long court, int month, Counts counts, long overdue) {
            overall.add(counts, overdue);
            byCourt.computeIfAbsent(court, k -> new Group()).add(counts, overdue);
            byMonth.computeIfAbsent(month, k -> new Group()).add(counts, overdue);
        }

        void addTo(String dimension, String key, Counts counts, long overdue) {
            byDimension.computeIfAbsent(dimension, k -> new HashMap<>()).computeIfAbsent(key, k -> new Group()).add(counts, overdue);
        }

        void addToHotspot(String key, boolean current, long total) {
            (current ? hotspotNow : hotspotBefore).merge(key, total, Long::sum);
        }

        /** One demand's facts or one unfolded change, counted as the tally would count it. */
        void add(TallyFacts f, long overdue) {
            if (f.streetId() != null && f.categoryId() != null && f.month() >= period.previousFirst() && f.month() <= period.last()) {
                addToHotspot(f.streetId() + ":" + f.categoryId(), period.contains(f.month()), f.counts().total());
            }
            if (!period.contains(f.month())) {
                return;
            }
            Counts c = f.counts();
            addToAll(f.courtId(), f.month(), c, overdue);
            if (f.branchId() != null) {
                addTo(Dimension.BRANCH, f.branchId().toString(), c, overdue);
            }
            if (f.streetId() != null) {
                addTo(Dimension.STREET, f.streetId().toString(), c, overdue);
            }
            if (f.categoryId() != null) {
                addTo(Dimension.CATEGORY, f.categoryId().toString(), c, overdue);
            }
            addTo(Dimension.CHANNEL, f.channel().name(), c, overdue);
        }

        Map<String, Group> dimension(String name) {
            return byDimension.getOrDefault(name, Map.of());
        }
    }

    private static final class Group {
        Counts counts = Counts.ZERO;
        long overdue;

        void add(Counts more, long moreOverdue) {
            counts = counts.plus(more);
            overdue += moreOverdue;
        }

        Rates rates(String key, String name) {
            return new Rates(key, name, counts.total(), counts.responded(), counts.contacted() + overdue, counts.resolved(),
                    counts.visited(), counts.satisfied(), counts.beforeLitigation());
        }

        boolean isEmpty() {
            return counts.total() == 0;
        }
    }

    private Figures figures(Period period, Sums sums, long streets) {
        Map<Long, String> courts = new HashMap<>();
        directory.courts().forEach(c -> courts.put(c.id(), c.name()));
        Map<String, Group> branches = sums.dimension(Dimension.BRANCH);
        Map<Long, String> branchNames = directory.unitNames(branches.keySet().stream().map(Long::valueOf).toList());
        Map<Long, String> streetNames = names("street");
        Map<Long, String> categoryNames = names("dispute_category");
        Map<String, Group> byCourt = new HashMap<>();
        sums.byCourt.forEach((id, group) -> byCourt.put(id.toString(), group));
        List<Rates> byChannel = sums.dimension(Dimension.CHANNEL).entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getValue().rates(e.getKey(), e.getKey())).sorted(Comparator.comparing(Rates::key)).toList();
        return new Figures(period.from(), period.to(), sums.overall.rates("", ""),
                named(byCourt, courts::get), named(branches, branchNames::get),
                named(sums.dimension(Dimension.STREET), streetNames::get),
                named(sums.dimension(Dimension.CATEGORY), categoryNames::get),
                byChannel, byMonth(period, sums), streetsCovered(sums), streets,
                hotspots(sums, streetNames, categoryNames));
    }

    private static List<Rates> named(Map<String, Group> groups, Function<Long, String> names) {
        return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> {
            String name = names.apply(Long.valueOf(e.getKey()));
            return e.getValue().rates(e.getKey(), name == null ? e.getKey() : name);
        }).sorted(Comparator.comparingLong(Rates::total).reversed().thenComparing(Rates::name)).toList();
    }

    /** Every month of the period, those without demands included, so that a chart shows the gaps. */
    private static List<Rates> byMonth(Period period, Sums sums) {
        List<Rates> months = new ArrayList<>();
        for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            Group group = sums.byMonth.getOrDefault(Period.month(m), new Group());
            months.add(group.rates(m.toString(), m.toString()));
        }
        return months;
    }

    private static long streetsCovered(Sums sums) {
        return sums.dimension(Dimension.STREET).values().stream().filter(g -> !g.isEmpty()).count();
    }

    private Map<Long, String> names(String table) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from " + table).query((RowCallbackHandler) rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    /** Streets served by the courts in scope; for a branch, the streets paired with it or a branch below it. */
    private long streetsInScope(TallyScope scope) {
        if (scope.scope().level() != ScopeLevel.BRANCH) {
            SqlFilter courts = scope.scope().filter("s.court_id", "s.court_id", null);
            return jdbc.sql("select count(*) from street s where " + courts.sql()).params(courts.params())
                    .query(Long.class).single();
        }
        Set<Long> branches = new HashSet<>();
        String path = scope.scope().organizationPath();
        String[] ids = path.split("/");
        directory.unit(Long.parseLong(ids[ids.length - 1])).ifPresent(unit -> directory.branches(unit.courtId()).stream()
                .filter(b -> b.isInside(unit)).map(Unit::id).forEach(branches::add));
        if (branches.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from street s where s.paired_organization_id in (:branches)")
                .param("branches", branches).query(Long.class).single();
    }

    /** The street × category cells that rose most against the previous period of the same length. */
    private static List<Hotspot> hotspots(Sums sums, Map<Long, String> streets, Map<Long, String> categories) {
        List<Hotspot> hotspots = new ArrayList<>();
        sums.hotspotNow.forEach((cell, count) -> {
            long before = sums.hotspotBefore.getOrDefault(cell, 0L);
            if (count > before) {
                String[] ids = cell.split(":");
                hotspots.add(new Hotspot(streets.get(Long.parseLong(ids[0])), categories.get(Long.parseLong(ids[1])),
                        count, before));
            }
        });
        hotspots.sort(Comparator.comparingLong(Hotspot::rise).reversed().thenComparing(Hotspot::count, Comparator.reverseOrder())
                .thenComparing(Hotspot::street, Comparator.nullsLast(Comparator.naturalOrder())));
        return hotspots.stream().limit(10).toList();
    }
}
