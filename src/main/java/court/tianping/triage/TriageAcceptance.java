package court.tianping.triage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How often the dispatchers accepted triage's suggestions, per suggested label and per month: only suggestions
 * a person decided on count.
 */
@Service
public class TriageAcceptance {

    /** Decided suggestions and those accepted, for a label or a month. */
    public record Rate(String bucket, long decided, long accepted) {

        public int percent() {
            return decided == 0 ? 0 : (int) Math.round(100.0 * accepted / decided);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TriageAcceptance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** All the rates together. */
    public static Rate overall(List<Rate> rates) {
        return new Rate("all", rates.stream().mapToLong(Rate::decided).sum(), rates.stream().mapToLong(Rate::accepted).sum());
    }

    public List<Rate> byLabel(long courtId) {
        return jdbc.sql("""
                        select suggested_label as bucket, count(*) as decided, sum(case when accepted then 1 else 0 end) as accepted
                        from triage_suggestion where court_id = :court and decided_at is not null
                        group by suggested_label order by count(*) desc, suggested_label""")
                .param("court", courtId).query(Rate.class).list();
    }

    /** The last twelve months, oldest first, keyed {@code 2026-11}; months without decisions are left out. */
    public List<Rate> byMonth(long courtId) {
        LocalDateTime from = LocalDate.now(clock).withDayOfMonth(1).minusMonths(11).atStartOfDay();
        return jdbc.sql("""
                        select extract(year from decided_at) * 100 + extract(month from decided_at) as month_number,
                        count(*) as decided, sum(case when accepted then 1 else 0 end) as accepted
                        from triage_suggestion where court_id = :court and decided_at >= :from
                        group by extract(year from decided_at) * 100 + extract(month from decided_at) order by 1""")
                .param("court", courtId).param("from", from)
                .query((rs, row) -> {
                    int month = rs.getInt("month_number");
                    return new Rate(String.format("%d-%02d", month / 100, month % 100), rs.getLong("decided"), rs.getLong("accepted"));
                }).list();
    }
}
