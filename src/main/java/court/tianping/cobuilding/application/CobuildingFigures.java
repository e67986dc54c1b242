package court.tianping.cobuilding.application;

import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.core.DomainException;
import court.tianping.demand.DemandFacts;
import court.tianping.demand.DemandFacts.StationFact;
import court.tianping.demand.DemandFacts.StreetFact;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.Position;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The co-building figures of a court for a period (both days included), computed from the records:
 * 双百分百 (branches with an agreement in force on some day of the period and an activity in it; judges who took
 * part in an activity or handled a demand in it), activities and people reached by month, and the 1+6 scorecard
 * of every street (outpost, judge, orders, class, activity, report of the period's last year).
 */
@Service
public class CobuildingFigures {

    /** The longest period the figures are computed for. */
    public static final int MAX_YEARS = 5;

    public record Share(int numerator, int denominator) {

        public double percent() {
            return denominator == 0 ? 0 : Math.round(1000.0 * numerator / denominator) / 10.0;
        }
    }

    public record BranchStatus(long id, String name, boolean agreement, boolean activity) {

        public boolean cobuilds() {
            return agreement && activity;
        }
    }

    public record JudgeStatus(long id, String name, boolean activity, boolean demand) {

        public boolean atGrassroots() {
            return activity || demand;
        }
    }

    public record DoubleHundred(Share branches, Share judges, List<BranchStatus> branchesMissing,
                                List<JudgeStatus> judgesMissing) {
    }

    public record MonthFigure(YearMonth month, int activities, int peopleReached) {
    }

    public record Station(String name, String kind, String publicPath) {
    }

    /** One street's 1+6: each cell present or missing. */
    public record StreetScore(long streetId, String streetName, String district, List<Station> stations, String judgeBranch,
                              long orders, int lectures, int activities, Long reportId) {

        public boolean outpost() { return !stations.isEmpty(); }
        public boolean judge() { return judgeBranch != null; }
        public boolean ordered() { return orders > 0; }
        public boolean lectured() { return lectures > 0; }
        public boolean active() { return activities > 0; }
        public boolean reported() { return reportId != null; }

        public int score() {
            return (outpost() ? 1 : 0) + (judge() ? 1 : 0) + (ordered() ? 1 : 0) + (lectured() ? 1 : 0) + (active() ? 1 : 0)
                    + (reported() ? 1 : 0);
        }
    }

    public record Figures(LocalDate from, LocalDate to, int reportYear, DoubleHundred doubleHundred,
                          List<MonthFigure> months, int activities, int peopleReached, List<StreetScore> scorecard) {
    }

    private final CobuildingAccess access;
    private final OrganizationDirectory directory;
    private final DemandFacts facts;
    private final JdbcClient jdbc;

    CobuildingFigures(CobuildingAccess access, OrganizationDirectory directory, DemandFacts facts, JdbcClient jdbc) {
        this.access = access;
        this.directory = directory;
        this.facts = facts;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAuthority('cobuilding:figures')")
    public Figures of(LocalDate from, LocalDate to) {
        return of(access.court(), from, to);
    }

    Figures of(long court, LocalDate from, LocalDate to) {
        check(from, to);
        List<MonthFigure> months = months(court, from, to);
        return new Figures(from, to, to.getYear(), doubleHundred(court, from, to), months,
                months.stream().mapToInt(MonthFigure::activities).sum(), months.stream().mapToInt(MonthFigure::peopleReached).sum(),
                scorecard(court, from, to));
    }

    static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new DomainException("error.cobuilding.period-required");
        }
        if (to.isBefore(from)) {
            throw new DomainException("error.cobuilding.period-ends-before-starts");
        }
        if (ChronoUnit.DAYS.between(from, to) > 366L * MAX_YEARS) {
            throw new DomainException("error.cobuilding.period-too-long", MAX_YEARS);
        }
    }

    private DoubleHundred doubleHundred(long court, LocalDate from, LocalDate to) {
        Set<Long> withAgreement = ids("""
                select distinct b.organization_id from cobuilding_agreement a
                join cobuilding_agreement_branch b on b.agreement = a.id
                where a.court_id = :court and a.state in ('SIGNED', 'TERMINATED')
                  and a.valid_from <= :to and coalesce(a.terminated_on, a.valid_to) >= :from""", court, from, to);
        Set<Long> withActivity = ids("""
                select distinct b.organization_id from cobuilding_activity a
                join cobuilding_activity_branch b on b.activity = a.id
                where a.court_id = :court and a.held_on >= :from and a.held_on <= :to""", court, from, to);
        List<BranchStatus> branches = new ArrayList<>();
        for (Unit branch : directory.branches(court)) {
            branches.add(new BranchStatus(branch.id(), branch.name(), withAgreement.contains(branch.id()),
                    withActivity.contains(branch.id())));
        }
        Set<Long> participants = ids("""
                select distinct p.member_id from cobuilding_activity a
                join cobuilding_activity_participant p on p.activity = a.id
                where a.court_id = :court and a.held_on >= :from and a.held_on <= :to""", court, from, to);
        Set<Long> handlers = facts.handlers(court, from, to);
        List<JudgeStatus> judges = new ArrayList<>();
        for (Person judge : directory.membersWithPosition(court, Position.JUDGE)) {
            judges.add(new JudgeStatus(judge.id(), judge.name(), participants.contains(judge.id()), handlers.contains(judge.id())));
        }
        return new DoubleHundred(
                new Share((int) branches.stream().filter(BranchStatus::cobuilds).count(), branches.size()),
                new Share((int) judges.stream().filter(JudgeStatus::atGrassroots).count(), judges.size()),
                branches.stream().filter(b -> !b.cobuilds()).toList(),
                judges.stream().filter(j -> !j.atGrassroots()).toList());
    }

    private List<MonthFigure> months(long court, LocalDate from, LocalDate to) {
        Map<YearMonth, int[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            byMonth.put(m, new int[2]);
        }
        jdbc.sql("""
                        select extract(year from held_on) as y, extract(month from held_on) as m, count(*) as n,
                               coalesce(sum(people_reached), 0) as reached
                        from cobuilding_activity where court_id = :court and held_on >= :from and held_on <= :to
                        group by extract(year from held_on), extract(month from held_on)""")
                .param("court", court).param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> {
                    int[] cell = byMonth.get(YearMonth.of(rs.getInt(1), rs.getInt(2)));
                    cell[0] = rs.getInt(3);
                    cell[1] = rs.getInt(4);
                });
        return byMonth.entrySet().stream().map(e -> new MonthFigure(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private List<StreetScore> scorecard(long court, LocalDate from, LocalDate to) {
        List<StreetFact> streets = facts.streets(court);
        Map<Long, List<Station>> stations = new HashMap<>();
        for (StationFact s : facts.stations(court)) {
            if (s.active()) {
                stations.computeIfAbsent(s.streetId(), k -> new ArrayList<>())
                        .add(new Station(s.name(), s.kind().name(), s.publicPath()));
            }
        }
        Map<Long, Long> orders = facts.demandsByStreet(court, from, to);
        Map<Long, int[]> activities = new HashMap<>();
        jdbc.sql("""
                        select street_id, type, count(*) from cobuilding_activity
                        where court_id = :court and held_on >= :from and held_on <= :to and street_id is not null
                        group by street_id, type""")
                .param("court", court).param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> {
                    int[] cell = activities.computeIfAbsent(rs.getLong(1), k -> new int[2]);
                    cell[1] += rs.getInt(3);
                    if (CobuildingActivityType.LEGAL_LECTURE.name().equals(rs.getString(2))) {
                        cell[0] += rs.getInt(3);
                    }
                });
        Map<Long, Long> reports = new HashMap<>();
        jdbc.sql("select street_id, id from cobuilding_street_report where court_id = :court and report_year = :y")
                .param("court", court).param("y", to.getYear())
                .query((RowCallbackHandler) rs -> reports.put(rs.getLong(1), rs.getLong(2)));
        Map<Long, String> branchNames = directory.unitNames(streets.stream().map(StreetFact::pairedBranchId)
                .filter(Objects::nonNull).distinct().toList());
        List<StreetScore> rows = new ArrayList<>();
        for (StreetFact street : streets) {
            int[] counted = activities.getOrDefault(street.id(), new int[2]);
            rows.add(new StreetScore(street.id(), street.name(), street.district(), stations.getOrDefault(street.id(), List.of()),
                    street.pairedBranchId() == null ? null : branchNames.get(street.pairedBranchId()),
                    orders.getOrDefault(street.id(), 0L), counted[0], counted[1], reports.get(street.id())));
        }
        return rows;
    }

    private Set<Long> ids(String sql, long court, LocalDate from, LocalDate to) {
        Set<Long> ids = new HashSet<>();
        jdbc.sql(sql).param("court", court).param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> ids.add(rs.getLong(1)));
        return ids;
    }
}
