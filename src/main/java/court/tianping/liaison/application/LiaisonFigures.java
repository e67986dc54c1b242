package court.tianping.liaison.application;

import court.tianping.core.DomainException;
import court.tianping.core.SqlFilter;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The liaison figures of a period (both days included) per judge, branch and court within the user's scope: visits,
 * suggestions issued in the period with how many were replied and adopted, the reply and adoption rates, overdue
 * replies (no reply by the due day, as of today, or a late one) and disputes resolved before litigation. Counted in
 * SQL per judge, then added up to branches (by the path of the judge's organisation) and courts.
 */
@Service
public class LiaisonFigures {

    /** A period can span at most this many years. */
    public static final int MAX_YEARS = 10;

    private final JdbcClient jdbc;
    private final LiaisonAccess access;
    private final LiaisonPeople people;
    private final Clock clock;

    LiaisonFigures(JdbcClient jdbc, LiaisonAccess access, LiaisonPeople people, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.clock = clock;
    }

    public record Period(LocalDate from, LocalDate to) {

        public Period {
            if (from == null || to == null) {
                throw new DomainException("error.liaison.required", "label.liaison.period");
            }
            if (to.isBefore(from) || to.isAfter(from.plusYears(MAX_YEARS))) {
                throw new DomainException("error.liaison.bad-period", MAX_YEARS);
            }
        }

        public static Period of(LocalDate from, LocalDate to, LocalDate today) {
            return new Period(from == null ? LocalDate.of(today.getYear(), 1, 1) : from,
                    to == null ? LocalDate.of(today.getYear(), 12, 31) : to);
        }
    }

    public record Tally(long visits, long issued, long replied, long adopted, long overdue, long resolved) {

        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(visits + o.visits, issued + o.issued, replied + o.replied, adopted + o.adopted,
                    overdue + o.overdue, resolved + o.resolved);
        }

        /** Replied of issued, in per cent with one decimal; null when none was issued. */
        public BigDecimal replyRate() {
            return rate(replied, issued);
        }

        /** Adopted of replied, in per cent with one decimal; null when none was replied. */
        public BigDecimal adoptionRate() {
            return rate(adopted, replied);
        }

        private static BigDecimal rate(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }

    public record Line(long id, String name, Tally tally) {
    }

    public record Figures(Period period, Tally total, List<Line> courts, List<Line> branches, List<Line> judges) {
    }

    private record JudgeKey(long memberId, long courtId, String path) {
    }

    public Figures of(Period period) {
        return of(period, null);
    }

    /** The figures of the period, of one judge only when one is named. */
    public Figures of(Period period, Long judgeMemberId) {
        Map<JudgeKey, Tally> perJudge = new LinkedHashMap<>();
        count(perJudge, "liaison_visit", "visited_on", period, judgeMemberId, "count(*), 0, 0, 0, 0, 0");
        count(perJudge, "judicial_suggestion", "issued_on", period, judgeMemberId, """
                0, count(*), sum(case when x.replied_on is not null then 1 else 0 end),
                sum(case when x.state = 'ADOPTED' then 1 else 0 end),
                sum(case when (x.replied_on is null and x.reply_due < :today) or x.replied_on > x.reply_due then 1 else 0 end), 0""");
        count(perJudge, "liaison_resolution", "resolved_on", period, judgeMemberId, "0, 0, 0, 0, 0, count(*)");
        Map<Long, String> courtNames = people.courtNames();
        Map<Long, Tally> courts = new LinkedHashMap<>();
        perJudge.forEach((k, t) -> courts.merge(k.courtId(), t, Tally::plus));
        List<Unit> branchUnits = people.branches(new TreeSet<>(courts.keySet()));
        List<Line> branches = new ArrayList<>();
        for (Unit branch : branchUnits) {
            Tally sum = perJudge.entrySet().stream().filter(e -> e.getKey().path().startsWith(branch.path()))
                    .map(Map.Entry::getValue).reduce(Tally.ZERO, Tally::plus);
            if (!sum.equals(Tally.ZERO)) {
                branches.add(new Line(branch.id(), branch.name(), sum));
            }
        }
        Map<Long, Tally> judges = new LinkedHashMap<>();
        perJudge.forEach((k, t) -> judges.merge(k.memberId(), t, Tally::plus));
        Map<Long, String> judgeNames = people.memberNames(judges.keySet());
        Tally total = courts.values().stream().reduce(Tally.ZERO, Tally::plus);
        return new Figures(period, total,
                lines(courts, courtNames), branches, lines(judges, judgeNames));
    }

    private static List<Line> lines(Map<Long, Tally> tallies, Map<Long, String> names) {
        return tallies.entrySet().stream().map(e -> new Line(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
                .sorted(Comparator.comparing((Line l) -> l.tally().visits()).reversed().thenComparing(Line::name)).toList();
    }

    private void count(Map<JudgeKey, Tally> into, String table, String dayColumn, Period period, Long judgeMemberId,
                       String columns) {
        SqlFilter scope = access.judgeRows("x");
        String judge = judgeMemberId == null ? "" : " and x.judge_member_id = :judge";
        var spec = jdbc.sql("select x.judge_member_id, x.court_id, x.judge_path, " + columns + " from " + table + " x where "
                        + scope.sql() + " and x." + dayColumn + " between :from and :to" + judge
                        + " group by x.judge_member_id, x.court_id, x.judge_path")
                .params(scope.params()).param("from", period.from()).param("to", period.to());
        if (columns.contains(":today")) {
            spec = spec.param("today", LocalDate.now(clock));
        }
        if (judgeMemberId != null) {
            spec = spec.param("judge", judgeMemberId);
        }
        spec.query((RowCallbackHandler) rs -> {
            JudgeKey key = new JudgeKey(rs.getLong(1), rs.getLong(2), rs.getString(3));
            Tally tally = new Tally(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
            into.merge(key, tally, Tally::plus);
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

}
