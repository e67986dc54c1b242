package court.tianping.integrity.application;

import court.tianping.integrity.InterferenceType;
import court.tianping.integrity.application.Commitments.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of a year for the discipline office and the court's leaders: counts of 三个规定 records by type, month and
 * branch (counts only, never what a record says), the commitment signing rate, and the zero-report filing rate of
 * each month that has begun.
 */
@Service
public class IntegrityFigures {

    public record Count(String label, long count) {
    }

    public record MonthRate(YearMonth month, int members, int covered, Integer rate) {
    }

    public record Figures(int year, long records, Map<InterferenceType, Long> byType, List<Count> byMonth,
                          List<Count> byBranch, Status commitments, List<MonthRate> zeroReports) {
    }

    private final JdbcClient jdbc;
    private final IntegrityAccess access;
    private final IntegrityPeople people;
    private final Commitments commitments;
    private final ZeroReports zeroReports;
    private final Clock clock;

    IntegrityFigures(JdbcClient jdbc, IntegrityAccess access, IntegrityPeople people, Commitments commitments,
                     ZeroReports zeroReports, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.commitments = commitments;
        this.zeroReports = zeroReports;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('integrity:figures')")
    public Figures of(int year) {
        long court = access.requireCourt();
        Map<String, Object> period = Map.of("c", court, "from", LocalDate.of(year, 1, 1).atStartOfDay(),
                "to", LocalDate.of(year + 1, 1, 1).atStartOfDay());
        String inYear = " from interference_record where court_id = :c and occurred_at >= :from and occurred_at < :to";
        Map<InterferenceType, Long> byType = new EnumMap<>(InterferenceType.class);
        for (InterferenceType type : InterferenceType.values()) {
            byType.put(type, 0L);
        }
        jdbc.sql("select kind, count(*)" + inYear + " group by kind").params(period)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> byType.put(InterferenceType.valueOf(e.getKey()), e.getValue()));
        Map<Integer, Long> months = new LinkedHashMap<>();
        jdbc.sql("select extract(month from occurred_at) as m, count(*) as n" + inYear + " group by extract(month from occurred_at)")
                .params(period).query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list()
                .forEach(e -> months.put(e.getKey(), e.getValue()));
        List<Count> byMonth = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            byMonth.add(new Count(YearMonth.of(year, m).toString(), months.getOrDefault(m, 0L)));
        }
        Map<Long, Long> branches = new LinkedHashMap<>();
        jdbc.sql("select branch_id, count(*)" + inYear + " and branch_id is not null group by branch_id order by 2 desc")
                .params(period).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> branches.put(e.getKey(), e.getValue()));
        Map<Long, String> names = people.unitNames(branches.keySet());
        List<Count> byBranch = branches.entrySet().stream()
                .map(e -> new Count(names.getOrDefault(e.getKey(), ""), e.getValue())).toList();
        long records = byType.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(year, records, byType, byMonth, byBranch, commitments.statusOf(court, year), zeroReportRates(court, year));
    }

    private List<MonthRate> zeroReportRates(long court, int year) {
        YearMonth current = YearMonth.now(clock);
        List<MonthRate> rates = new ArrayList<>();
        List<IntegrityPeople.BranchMembers> roster = people.roster(court);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (month.isAfter(current)) {
                break;
            }
            ZeroReports.MonthStatus status = zeroReports.statusOf(court, month, roster);
            rates.add(new MonthRate(month, status.members(), status.members() - status.missing(), status.rate()));
        }
        return rates;
    }
}
