package court.tianping.demand.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import court.tianping.core.SqlFilter;
import court.tianping.organization.OrganizationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The figures of the demand flow for a period, computed in SQL within the user's scope: the three
 * rates (响应率, 解决率, 满意率) overall and per branch, street and court; counts by channel, category
 * and month; the share resolved before litigation; street coverage; and hotspots.
 */
@Service
public class DemandFigures {

    private static final String MEASURES = """
            count(*) as total,
            sum(case when d.first_contact_at is not null and d.first_contact_at <= d.first_contact_due then 1 else 0 end) as responded,
            sum(case when d.first_contact_at is not null or d.first_contact_due < :now then 1 else 0 end) as response_due,
            sum(case when d.state in ('RESOLVED', 'VISITED', 'CLOSED') then 1 else 0 end) as resolved,
            sum(case when d.satisfaction is not null then 1 else 0 end) as visited,
            sum(case when d.satisfaction in ('SATISFIED', 'FAIRLY_SATISFIED') then 1 else 0 end) as satisfied,
            sum(case when d.outcome is not null and d.outcome <> 'REFERRED_TO_LITIGATION' then 1 else 0 end) as before_litigation
            """;

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

    public record Figures(LocalDate from, LocalDate to, Rates overall, List<Rates> byCourt, List<Rates> byBranch,
                          List<Rates> byStreet, List<Rates> byCategory, List<Rates> byChannel, List<Rates> byMonth,
                          long streetsCovered, long streets, List<Hotspot> hotspots) {

        @JsonProperty
        public Double streetCoverage() {
            return streets == 0 ? null : (double) streetsCovered / streets;
        }
    }

    private final JdbcClient jdbc;
    private final DemandAccess access;
    private final OrganizationDirectory directory;
    private final Clock clock;

    DemandFigures(JdbcClient jdbc, DemandAccess access, OrganizationDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('demand:figures')")
    public Figures figures(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(clock).minusMonths(12).withDayOfMonth(1) : from;
        LocalDate end = to == null || to.isBefore(start) ? LocalDate.now(clock) : to;
        Map<Long, String> courts = new HashMap<>();
        directory.courts().forEach(c -> courts.put(c.id(), c.name()));
        List<Rates> byBranch = grouped("d.branch_id", start, end);
        Map<Long, String> branchNames = directory.unitNames(ids(byBranch));
        Map<Long, String> streets = streetNames();
        Map<Long, String> categories = categoryNames();
        return new Figures(start, end,
                grouped(null, start, end).stream().findFirst().orElse(new Rates("", "", 0, 0, 0, 0, 0, 0, 0)),
                named(grouped("d.court_id", start, end), courts::get),
                named(byBranch, branchNames::get),
                named(grouped("d.street_id", start, end), streets::get),
                named(grouped("d.category_id", start, end), categories::get),
                grouped("d.channel", start, end),
                grouped("extract(year from d.submitted_at) * 100 + extract(month from d.submitted_at)", start, end),
                streetsCovered(start, end), streetsInScope(), hotspots(start, end, streets, categories));
    }

    private List<Rates> grouped(String key, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        String where = where(from, to, params);
        String sql = key == null
                ? "select '' as group_key, " + MEASURES + " from demand d where " + where
                : "select " + key + " as group_key, " + MEASURES + " from demand d where " + where + " and " + key
                  + " is not null group by " + key + " order by " + key;
        return jdbc.sql(sql).params(params).query(DemandFigures::rates).list();
    }

    private String where(LocalDate from, LocalDate to, Map<String, Object> params) {
        SqlFilter scope = access.filter("d");
        params.putAll(scope.params());
        params.put("now", LocalDateTime.now(clock));
        params.put("from", from.atStartOfDay());
        params.put("to", to.plusDays(1).atStartOfDay());
        return scope.sql() + " and d.submitted_at >= :from and d.submitted_at < :to";
    }

    private static Rates rates(ResultSet rs, int n) throws SQLException {
        String key = rs.getString("group_key");
        if (key != null && key.endsWith(".0")) {
            key = key.substring(0, key.length() - 2);
        }
        return new Rates(key, key, rs.getLong("total"), rs.getLong("responded"), rs.getLong("response_due"),
                rs.getLong("resolved"), rs.getLong("visited"), rs.getLong("satisfied"), rs.getLong("before_litigation"));
    }

    private static List<Rates> named(List<Rates> rates, Function<Long, String> names) {
        return rates.stream().map(r -> {
            String name = names.apply(Long.parseLong(r.key()));
            return r.named(name == null ? r.key() : name);
        }).sorted(Comparator.comparingLong(Rates::total).reversed()).toList();
    }

    private static Set<Long> ids(List<Rates> rates) {
        Set<Long> ids = new HashSet<>();
        rates.forEach(r -> ids.add(Long.parseLong(r.key())));
        return ids;
    }

    private Map<Long, String> streetNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from street").query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    private Map<Long, String> categoryNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from dispute_category").query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    private long streetsCovered(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(distinct d.street_id) from demand d where " + where(from, to, params))
                .params(params).query(Long.class).single();
    }

    /** Streets served by the courts whose demands the user sees. */
    private long streetsInScope() {
        Map<String, Object> params = new HashMap<>();
        SqlFilter scope = access.filter("d");
        params.putAll(scope.params());
        return jdbc.sql("select count(*) from street s where s.court_id in (select distinct d.court_id from demand d where "
                        + scope.sql() + ")").params(params).query(Long.class).single();
    }

    /** The street × category cells that rose most against the previous period of the same length. */
    private List<Hotspot> hotspots(LocalDate from, LocalDate to, Map<Long, String> streets, Map<Long, String> categories) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        Map<String, Long> current = cells(from, to);
        Map<String, Long> previous = cells(from.minusDays(days), from.minusDays(1));
        List<Hotspot> hotspots = new ArrayList<>();
        current.forEach((cell, count) -> {
            String[] ids = cell.split(":");
            long before = previous.getOrDefault(cell, 0L);
            if (count > before) {
                hotspots.add(new Hotspot(streets.get(Long.parseLong(ids[0])), categories.get(Long.parseLong(ids[1])),
                        count, before));
            }
        });
        hotspots.sort(Comparator.comparingLong(Hotspot::rise).reversed().thenComparing(Hotspot::count, Comparator.reverseOrder()));
        return hotspots.stream().limit(10).toList();
    }

    private Map<String, Long> cells(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        Map<String, Long> cells = new HashMap<>();
        jdbc.sql("select d.street_id, d.category_id, count(*) from demand d where " + where(from, to, params)
                        + " and d.street_id is not null and d.category_id is not null group by d.street_id, d.category_id")
                .params(params).query((rs, n) -> cells.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getLong(3))).list();
        return cells;
    }
}
