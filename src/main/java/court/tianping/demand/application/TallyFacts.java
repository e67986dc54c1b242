package court.tianping.demand.application;

import court.tianping.demand.Channel;
import court.tianping.demand.DemandState;
import court.tianping.demand.Outcome;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.domain.Demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one demand contributes to the figures: where it belongs (court, branch, month, street, category,
 * channel) and which of the counted facts hold for it. The one place that says what "responded",
 * "resolved", "satisfied" and "resolved before litigation" mean.
 */
record TallyFacts(long courtId, Long branchId, String branchPath, int month, Long streetId, Long categoryId,
                  Channel channel, Counts counts) {

    static final String COLUMNS = "d.court_id, d.branch_id, d.organization_path, d.submitted_at, d.street_id, d.category_id, "
            + "d.channel, d.state, d.first_contact_at, d.first_contact_due, d.outcome, d.satisfaction";

    private static final Set<DemandState> RESOLVED = EnumSet.of(DemandState.RESOLVED, DemandState.VISITED, DemandState.CLOSED);
    private static final Set<Satisfaction> SATISFIED = EnumSet.of(Satisfaction.SATISFIED, Satisfaction.FAIRLY_SATISFIED);

    /** The counted facts of one demand (each 0 or 1), or of many added up; negative for a change taken back. */
    record Counts(long total, long contacted, long responded, long resolved, long visited, long satisfied,
                  long beforeLitigation) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(total + o.total, contacted + o.contacted, responded + o.responded, resolved + o.resolved,
                    visited + o.visited, satisfied + o.satisfied, beforeLitigation + o.beforeLitigation);
        }

        Counts negated() {
            return new Counts(-total, -contacted, -responded, -resolved, -visited, -satisfied, -beforeLitigation);
        }

        boolean isZero() {
            return equals(ZERO);
        }

        static Counts read(ResultSet rs) throws SQLException {
            return new Counts(rs.getLong("total"), rs.getLong("contacted"), rs.getLong("responded"), rs.getLong("resolved"),
                    rs.getLong("visited"), rs.getLong("satisfied"), rs.getLong("before_litigation"));
        }
    }

    /** A row of the tally: a court or one of its branches, a month, and one value of one dimension. */
    record Cell(char level, long courtId, long branchId, String branchPath, int month, String dimension, String key) {
    }

    static TallyFacts of(Demand d) {
        return of(d.courtId(), d.branchId(), d.organizationPath(), d.submittedAt(), d.streetId(), d.categoryId(),
                d.channel(), d.state(), d.firstContactAt(), d.firstContactDue(), d.outcome(), d.satisfaction());
    }

    /** From a row selected with {@link #COLUMNS}. */
    static TallyFacts read(ResultSet rs) throws SQLException {
        return of(rs.getLong("court_id"), nullableLong(rs, "branch_id"), rs.getString("organization_path"),
                time(rs, "submitted_at"), nullableLong(rs, "street_id"), nullableLong(rs, "category_id"),
                Channel.valueOf(rs.getString("channel")), DemandState.valueOf(rs.getString("state")),
                time(rs, "first_contact_at"), time(rs, "first_contact_due"),
                rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")));
    }

    /** From a row of demand_tally_change. */
    static TallyFacts readChange(ResultSet rs) throws SQLException {
        return new TallyFacts(rs.getLong("court_id"), nullableLong(rs, "branch_id"), rs.getString("branch_path"),
                rs.getInt("year_month"), nullableLong(rs, "street_id"), nullableLong(rs, "category_id"),
                Channel.valueOf(rs.getString("channel")), Counts.read(rs));
    }

    @SuppressWarnings("java:S107")
    private static TallyFacts of(long courtId, Long branchId, String organizationPath, LocalDateTime submittedAt,
                                 Long streetId, Long categoryId, Channel channel, DemandState state,
                                 LocalDateTime firstContactAt, LocalDateTime firstContactDue, Outcome outcome,
                                 Satisfaction satisfaction) {
        boolean contacted = firstContactAt != null;
        Counts counts = new Counts(1,
                one(contacted),
                one(contacted && firstContactDue != null && !firstContactAt.isAfter(firstContactDue)),
                one(RESOLVED.contains(state)),
                one(satisfaction != null),
                one(satisfaction != null && SATISFIED.contains(satisfaction)),
                one(outcome != null && outcome != Outcome.REFERRED_TO_LITIGATION));
        return new TallyFacts(courtId, branchId, branchPath(organizationPath, branchId), month(submittedAt),
                streetId, categoryId, channel, counts);
    }

    static int month(LocalDateTime time) {
        return time.getYear() * 100 + time.getMonthValue();
    }

    /** The branch's own path: a demand accepted by a Party group carries the group's path below it. */
    static String branchPath(String organizationPath, Long branchId) {
        if (branchId == null || organizationPath == null) {
            return null;
        }
        String marker = "/" + branchId + "/";
        int at = organizationPath.indexOf(marker);
        return at < 0 ? organizationPath : organizationPath.substring(0, at + marker.length());
    }

    TallyFacts withCounts(Counts newCounts) {
        return new TallyFacts(courtId, branchId, branchPath, month, streetId, categoryId, channel, newCounts);
    }

    /** Whether two contributions fall in the same place, so that only their counts differ. */
    boolean samePlace(TallyFacts o) {
        return withCounts(Counts.ZERO).equals(o.withCounts(Counts.ZERO));
    }

    /** The rows of the tally this contribution adds to: the court's and, once dispatched, the branch's. */
    List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(12);
        addCells(cells, 'C', 0L, "");
        if (branchId != null) {
            addCells(cells, 'B', branchId, branchPath);
        }
        return cells;
    }

    private void addCells(List<Cell> cells, char level, long branch, String path) {
        cells.add(new Cell(level, courtId, branch, path, month, Dimension.ALL, ""));
        if (branchId != null) {
            cells.add(new Cell(level, courtId, branch, path, month, Dimension.BRANCH, branchId.toString()));
        }
        if (streetId != null) {
            cells.add(new Cell(level, courtId, branch, path, month, Dimension.STREET, streetId.toString()));
        }
        if (categoryId != null) {
            cells.add(new Cell(level, courtId, branch, path, month, Dimension.CATEGORY, categoryId.toString()));
        }
        cells.add(new Cell(level, courtId, branch, path, month, Dimension.CHANNEL, channel.name()));
        if (streetId != null && categoryId != null) {
            cells.add(new Cell(level, courtId, branch, path, month, Dimension.HOTSPOT, streetId + ":" + categoryId));
        }
    }

    /** The dimensions the tally counts by. */
    static final class Dimension {
        static final String ALL = "ALL";
        static final String BRANCH = "BRANCH";
        static final String STREET = "STREET";
        static final String CATEGORY = "CATEGORY";
        static final String CHANNEL = "CHANNEL";
        static final String HOTSPOT = "HOTSPOT";

        private Dimension() {
        }
    }

    private static long one(boolean fact) {
        return fact ? 1 : 0;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toLocalDateTime();
    }
}
