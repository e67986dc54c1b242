package court.tianping.life.application;

import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.life.ComplianceStatus;
import court.tianping.life.domain.ComplianceRule;
import court.tianping.life.domain.Period;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.platform.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The compliance calendar: for each branch and Party group, each rule of its court and each period of the
 * year, whether the meeting was held (done), is still to be held (due), was missed (overdue), or lies ahead.
 * A branch is silent when neither it nor any of its groups has held a meeting for {@value #SILENT_DAYS} days.
 * Counts come from the tally of held meetings ({@link MeetingTally}): a row per organisation, type and year.
 * The overview of a court is computed once per year, day and compliance generation of the court
 * ({@link ComplianceGenerations}), read from the database on every request; a city's overview puts its courts'
 * together and computes again only the courts whose generation moved.
 */
@Service
public class ComplianceCalendar {

    public static final int SILENT_DAYS = 30;

    /** One period of one rule. */
    public record Cell(Period period, int held, ComplianceStatus status) {
    }

    /** One rule of an organisation across the year. */
    public record RuleRow(ComplianceRule rule, List<Cell> cells) {
    }

    /** The calendar of one organisation. */
    public record OrganizationCalendar(Unit unit, LocalDate establishedOn, List<RuleRow> rows, int held,
                                       LocalDate lastHeld) {

        public long count(ComplianceStatus status) {
            return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.status() == status).count();
        }
    }

    /** A branch's own calendar, its groups' calendars, and whether it has gone silent. */
    public record BranchCalendar(int year, OrganizationCalendar own, List<OrganizationCalendar> cells, boolean silent) {
    }

    /** A branch in the overview: the worst status of each month, the periods done and required so far. */
    public record OverviewRow(Unit branch, List<ComplianceStatus> months, long done, long required, long overdue,
                              int held, LocalDate lastHeld, boolean silent) {

        public int rate() {
            return required == 0 ? 100 : (int) Math.round(100.0 * Math.min(done, required) / required);
        }
    }

    public record Overview(int year, List<OverviewRow> rows) {

        public long silentCount() {
            return rows.stream().filter(OverviewRow::silent).count();
        }

        public long behindCount() {
            return rows.stream().filter(r -> r.overdue() > 0).count();
        }
    }

    /** A court in a city-wide overview: its branches added up, to open the court's own overview from. */
    public record CourtRow(long courtId, String name, int branches, long behind, long silent, long done, long required,
                           long overdue) {

        public int rate() {
            return required == 0 ? 100 : (int) Math.round(100.0 * Math.min(done, required) / required);
        }
    }

    private final MeetingTally tally;
    private final OrganizationDirectory directory;
    private final ComplianceRules rules;
    private final ComplianceGenerations generations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ComputedCourtRows computed = new ComputedCourtRows();

    public ComplianceCalendar(MeetingTally tally, OrganizationDirectory directory, ComplianceRules rules,
                              ComplianceGenerations generations, CurrentUser currentUser, Clock clock) {
        this.tally = tally;
        this.directory = directory;
        this.rules = rules;
        this.generations = generations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every branch within the user's scope for the year: the Party-affairs office's view at a glance. */
    @PreAuthorize("hasAuthority('life:compliance')")
    public Overview overview(int year) {
        return overview(year, null);
    }

    /** The overview of one court of the user's scope, or of the whole scope when no court is given. */
    @PreAuthorize("hasAuthority('life:compliance')")
    public Overview overview(int year, Long courtId) {
        Scope scope = currentUser.scope();
        if (courtId != null) {
            if (!scope.courtIds().contains(courtId)) {
                throw new NotFoundException("label.court", courtId);
            }
            // counted and computed for that court alone, not for the whole scope and then filtered
            scope = Scope.courts(ScopeLevel.COURT, Set.of(courtId));
        }
        LocalDate today = LocalDate.now(clock);
        if (scope.level() != ScopeLevel.CITY && scope.level() != ScopeLevel.COURT) {
            return new Overview(year, rows(scope, year, today));
        }
        return new Overview(year, rowsOfCourts(new TreeSet<>(scope.courtIds()), year, today));
    }

    /**
     * The rows of each court in order of court, as computed under the court's current generation; the courts
     * whose generation moved (or that were not computed yet for the year and day) are computed again in one go.
     * The generations are read before the records, so rows computed from records newer than their generation
     * are at worst computed once more.
     */
    private List<OverviewRow> rowsOfCourts(SortedSet<Long> courts, int year, LocalDate today) {
        Map<Long, Long> generation = generations.of(courts);
        Map<Long, List<OverviewRow>> byCourt = new HashMap<>();
        Set<Long> stale = new TreeSet<>();
        for (long court : courts) {
            List<OverviewRow> rows = computed.current(court, year, today, generation.get(court));
            if (rows == null) {
                stale.add(court);
                byCourt.put(court, new ArrayList<>());
            } else {
                byCourt.put(court, rows);
            }
        }
        if (!stale.isEmpty()) {
            for (OverviewRow row : rows(Scope.courts(ScopeLevel.COURT, stale), year, today)) {
                byCourt.get(row.branch().courtId()).add(row);
            }
            stale.forEach(court -> computed.keep(court, year, today, generation.get(court), byCourt.get(court)));
        }
        List<OverviewRow> rows = new ArrayList<>();
        courts.forEach(court -> rows.addAll(byCourt.get(court)));
        return rows;
    }

    /** The rows of every branch within the scope, computed from the records. */
    private List<OverviewRow> rows(Scope scope, int year, LocalDate today) {
        List<Unit> branches = branchesIn(scope);
        if (branches.isEmpty()) {
            return List.of();
        }
        HeldCounts counts = counts(scope, year);
        Set<Long> active = active(scope, today);
        Map<Long, LocalDate> established = directory.establishedOn(branches.stream().map(Unit::id).toList());
        Map<Long, List<ComplianceRule>> courtRules = rules.of(branches.stream().map(Unit::courtId).distinct().toList());
        List<OverviewRow> rows = new ArrayList<>(branches.size());
        for (Unit branch : branches) {
            OrganizationCalendar calendar = calendar(branch, courtRules.get(branch.courtId()), counts,
                    established.get(branch.id()), year, today);
            rows.add(overviewRow(calendar, silent(branch, active, established.get(branch.id()), today)));
        }
        return rows;
    }

    /** The overview's branches added up per court, in the order of the overview. */
    public List<CourtRow> byCourt(Overview overview) {
        Map<Long, List<OverviewRow>> rows = new LinkedHashMap<>();
        overview.rows().forEach(row -> rows.computeIfAbsent(row.branch().courtId(), id -> new ArrayList<>()).add(row));
        Map<Long, String> names = new HashMap<>();
        if (!rows.isEmpty()) {
            directory.courts().forEach(court -> names.put(court.id(), court.name()));
        }
        List<CourtRow> courts = new ArrayList<>(rows.size());
        rows.forEach((courtId, branches) -> courts.add(new CourtRow(courtId, names.getOrDefault(courtId, ""), branches.size(),
                branches.stream().filter(r -> r.overdue() > 0).count(), branches.stream().filter(OverviewRow::silent).count(),
                branches.stream().mapToLong(OverviewRow::done).sum(), branches.stream().mapToLong(OverviewRow::required).sum(),
                branches.stream().mapToLong(OverviewRow::overdue).sum())));
        return courts;
    }

    /** A branch's calendar with its groups, or a group's own; an organisation outside the user's scope is not found. */
    @PreAuthorize("hasAuthority('life:compliance')")
    public BranchCalendar of(long organizationId, int year) {
        Scope scope = currentUser.scope();
        Unit unit = directory.unit(organizationId).filter(u -> scope.covers(u.courtId(), u.path()))
                .filter(u -> u.type() == OrganizationType.BRANCH || u.type() == OrganizationType.CELL)
                .orElseThrow(() -> new NotFoundException("label.organization", organizationId));
        List<Unit> cells = unit.type() == OrganizationType.BRANCH ? directory.cells(unit.id()) : List.of();
        List<Long> ids = new ArrayList<>(List.of(unit.id()));
        cells.forEach(c -> ids.add(c.id()));
        LocalDate today = LocalDate.now(clock);
        Scope within = Scope.organization(ScopeLevel.BRANCH, unit.path());
        HeldCounts counts = counts(within, year);
        Map<Long, LocalDate> established = directory.establishedOn(ids);
        List<ComplianceRule> courtRules = rules.of(unit.courtId());
        OrganizationCalendar own = calendar(unit, courtRules, counts, established.get(unit.id()), year, today);
        List<OrganizationCalendar> cellCalendars = cells.stream()
                .map(c -> calendar(c, courtRules, counts, established.get(c.id()), year, today)).toList();
        boolean silent = silent(unit, active(within, today), established.get(unit.id()), today);
        return new BranchCalendar(year, own, cellCalendars, silent);
    }

    OrganizationCalendar calendar(Unit unit, List<ComplianceRule> courtRules, HeldCounts counts,
                                  LocalDate establishedOn, int year, LocalDate today) {
        List<RuleRow> rows = new ArrayList<>();
        for (ComplianceRule rule : courtRules) {
            if (!rule.active() || !rule.appliesTo(unit.type())) {
                continue;
            }
            int[] months = counts.months(unit.id(), rule);
            List<Period> periods = rule.periods(year);
            List<Cell> cells = new ArrayList<>(periods.size());
            for (Period period : periods) {
                int held = HeldCounts.within(months, period);
                cells.add(new Cell(period, held, rule.status(period, held, establishedOn, today)));
            }
            rows.add(new RuleRow(rule, List.copyOf(cells)));
        }
        return new OrganizationCalendar(unit, establishedOn, rows, counts.total(unit.id()), counts.lastHeld(unit.id()));
    }

    private static OverviewRow overviewRow(OrganizationCalendar calendar, boolean silent) {
        ComplianceStatus[] worst = new ComplianceStatus[13];
        long done = 0;
        long overdue = 0;
        for (RuleRow row : calendar.rows()) {
            for (Cell cell : row.cells()) {
                done += cell.status() == ComplianceStatus.DONE ? 1 : 0;
                overdue += cell.status() == ComplianceStatus.OVERDUE ? 1 : 0;
                for (int month = cell.period().start().getMonthValue(); month <= cell.period().end().getMonthValue(); month++) {
                    if (worst[month] == null || severity(cell.status()) > severity(worst[month])) {
                        worst[month] = cell.status();
                    }
                }
            }
        }
        ComplianceStatus[] months = new ComplianceStatus[12];
        for (int month = 1; month <= 12; month++) {
            months[month - 1] = worst[month] == null ? ComplianceStatus.NOT_REQUIRED : worst[month];
        }
        return new OverviewRow(calendar.unit(), List.of(months), done, done + overdue, overdue, calendar.held(),
                calendar.lastHeld(), silent);
    }

    private static int severity(ComplianceStatus status) {
        return switch (status) {
            case OVERDUE -> 4;
            case DUE -> 3;
            case DONE -> 2;
            case UPCOMING -> 1;
            case NOT_REQUIRED -> 0;
        };
    }

    private List<Unit> branchesIn(Scope scope) {
        List<Unit> branches = new ArrayList<>();
        switch (scope.level()) {
            case CITY, COURT -> branches.addAll(directory.branches(scope.courtIds()));
            case BRANCH -> directory.unit(idOf(scope.organizationPath()))
                    .filter(u -> u.type() == OrganizationType.BRANCH).ifPresent(branches::add);
            default -> {
            }
        }
        branches.sort(Comparator.comparing(Unit::courtId).thenComparing(Unit::path));
        return branches;
    }

    /** Held meetings per host, type and month of the year, within the scope. */
    HeldCounts counts(Scope scope, int year) {
        return tally.year(scope, year);
    }

    private static boolean silent(Unit branch, Set<Long> active, LocalDate establishedOn, LocalDate today) {
        if (establishedOn != null && establishedOn.isAfter(today.minusDays(SILENT_DAYS))) {
            return false;
        }
        return !active.contains(branch.id());
    }

    /** The organisations with a meeting in the last {@value #SILENT_DAYS} days, and every organisation above them. */
    private Set<Long> active(Scope scope, LocalDate today) {
        Set<Long> ids = new java.util.HashSet<>();
        for (String path : tally.activeSince(scope, today.minusDays(SILENT_DAYS))) {
            int from = 1;
            for (int slash = path.indexOf('/', from); slash > 0; slash = path.indexOf('/', from)) {
                ids.add(Long.parseLong(path, from, slash, 10));
                from = slash + 1;
            }
        }
        return ids;
    }

    private static long idOf(String path) {
        String[] parts = path.split("/");
        return Long.parseLong(parts[parts.length - 1]);
    }
}
