package court.tianping.demand.application;

import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.core.SqlFilter;
import court.tianping.demand.Channel;
import court.tianping.demand.DemandState;
import court.tianping.demand.Urgency;
import court.tianping.demand.domain.Demand;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Work lists and searches of demands, filtered and paged in SQL within the user's scope. */
@Service
public class DemandQueries {

    private static final String OVERDUE = "(d.paused_at is null and exists (select 1 from demand_deadline dl"
            + " where dl.demand = d.id and dl.met_at is null and dl.due_at < :now))";

    private final JdbcClient jdbc;
    private final DemandAccess access;
    private final OrganizationDirectory directory;
    private final CurrentUser currentUser;
    private final DemandCatalog catalog;
    private final Clock clock;

    DemandQueries(JdbcClient jdbc, DemandAccess access, OrganizationDirectory directory, CurrentUser currentUser,
                  DemandCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('demand:read') or hasAuthority('demand:order')")
    public PageResult<DemandRow> list(DemandFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from demand d where " + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) Math.max(page, 0) * size);
        List<DemandRow> rows = jdbc.sql("""
                        select d.id, d.court_id, d.tracking_code, d.submitted_at, d.channel, d.urgency, c.name as category_name,
                               s.name as street_name, d.description, d.requester_name, d.requester_phone, d.state,
                               d.branch_id, d.cell_id, d.member_id, d.paused_at,\s""" + OVERDUE + """
                         as overdue
                        from demand d
                        left join dispute_category c on c.id = d.category_id
                        left join street s on s.id = d.street_id
                        where\s""" + where + " order by d.submitted_at desc, d.id desc limit :limit offset :offset")
                .params(params).query(DemandQueries::row).list();
        return new PageResult<>(withNames(rows), total, page, size);
    }

    /** The detail of a demand the user may see; the requester in full only for those who handle it (lists always mask it). */
    @PreAuthorize("hasAuthority('demand:read') or hasAuthority('demand:order')")
    public DemandView view(long id) {
        Demand demand = access.visible(id);
        Set<Long> units = new HashSet<>();
        Set<Long> members = new HashSet<>();
        units.add(demand.branchId());
        units.add(demand.cellId());
        members.add(demand.memberId());
        demand.steps().forEach(s -> {
            units.add(s.organizationId());
            members.add(s.memberId());
        });
        units.remove(null);
        members.remove(null);
        Map<Long, String> unitNames = directory.unitNames(units);
        Map<Long, String> memberNames = directory.memberNames(members);
        boolean inFull = access.handles(demand);
        return new DemandView(demand,
                inFull ? demand.requesterName() : DemandTracking.maskName(demand.requesterName()),
                inFull ? demand.requesterPhone() : PersonalData.maskPhone(demand.requesterPhone()),
                demand.categoryId() == null ? null : catalog.category(demand.categoryId()).map(DemandCatalog.Category::name).orElse(null),
                demand.streetId() == null ? null : catalog.street(demand.streetId()).map(DemandCatalog.Street::name).orElse(null),
                demand.communityId() == null ? null : catalog.community(demand.communityId()).map(DemandCatalog.Community::name).orElse(null),
                demand.servicePointId() == null ? null : catalog.servicePoint(demand.servicePointId()).map(DemandCatalog.ServicePoint::name).orElse(null),
                unitNames.get(demand.branchId()), unitNames.get(demand.cellId()), memberNames.get(demand.memberId()),
                demand.deadlines(), demand.steps(), unitNames, memberNames, demand.isOverdue(LocalDateTime.now(clock)));
    }

    /** Counts of the user's work lists, for the badges of the demand pages. */
    @PreAuthorize("hasAuthority('demand:read') or hasAuthority('demand:order')")
    public long count(DemandFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from demand d where " + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    private String where(DemandFilter filter, Map<String, Object> params) {
        SqlFilter scope = access.filter("d");
        params.putAll(scope.params());
        params.put("now", LocalDateTime.now(clock));
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.sql());
        switch (filter.queueOrAll()) {
            case TO_DISPATCH -> conditions.add("d.state in ('SUBMITTED', 'RETURNED')");
            case TO_ACCEPT -> conditions.add("d.state = 'DISPATCHED'");
            case TO_ASSIGN -> conditions.add("d.state = 'ACCEPTED'");
            case IN_HAND -> conditions.add("d.state in ('ASSIGNED', 'IN_PROGRESS')");
            case MINE -> {
                conditions.add("d.member_id = :mine and d.state in ('ASSIGNED', 'IN_PROGRESS')");
                Long member = currentUser.user().map(u -> u.memberId()).orElse(null);
                params.put("mine", member == null ? -1L : member);
            }
            case TO_VISIT -> conditions.add("d.state = 'RESOLVED'");
            case OVERDUE -> conditions.add(OVERDUE);
            case PAUSED -> conditions.add("d.paused_at is not null");
            case ALL -> { }
        }
        add(conditions, params, "d.state = :state", "state", filter.state() == null ? null : filter.state().name());
        add(conditions, params, "d.channel = :channel", "channel", filter.channel() == null ? null : filter.channel().name());
        add(conditions, params, "d.category_id = :category", "category", filter.categoryId());
        add(conditions, params, "d.street_id = :street", "street", filter.streetId());
        add(conditions, params, "d.court_id = :court", "court", filter.courtId());
        add(conditions, params, "d.submitted_at >= :from", "from", filter.from() == null ? null : filter.from().atStartOfDay());
        add(conditions, params, "d.submitted_at < :to", "to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay());
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(d.tracking_code = :code or d.external_ref = :q or d.description like :text)");
            params.put("code", filter.q().strip().toUpperCase());
            params.put("q", filter.q().strip());
            params.put("text", "%" + filter.q().strip().replace("%", "").replace("_", "") + "%");
        }
        return String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            conditions.add(sql);
            params.put(name, value);
        }
    }

    private List<DemandRow> withNames(List<DemandRow> rows) {
        Set<Long> units = new HashSet<>();
        Set<Long> members = new HashSet<>();
        rows.forEach(r -> {
            units.add(r.branchId());
            units.add(r.cellId());
            members.add(r.memberId());
        });
        units.remove(null);
        members.remove(null);
        Map<Long, String> unitNames = directory.unitNames(units);
        Map<Long, String> memberNames = directory.memberNames(members);
        return rows.stream().map(r -> r.withNames(unitNames.get(r.branchId()), unitNames.get(r.cellId()),
                memberNames.get(r.memberId()))).toList();
    }

    private static DemandRow row(ResultSet rs, int n) throws SQLException {
        String description = rs.getString("description");
        return new DemandRow(rs.getLong("id"), rs.getLong("court_id"), rs.getString("tracking_code"),
                rs.getObject("submitted_at", LocalDateTime.class), Channel.valueOf(rs.getString("channel")),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("category_name"), rs.getString("street_name"),
                description.length() > 40 ? description.substring(0, 40) + "…" : description,
                DemandTracking.maskName(rs.getString("requester_name")), PersonalData.maskPhone(rs.getString("requester_phone")),
                DemandState.valueOf(rs.getString("state")), nullableLong(rs, "branch_id"), nullableLong(rs, "cell_id"),
                nullableLong(rs, "member_id"), rs.getBoolean("overdue"), rs.getObject("paused_at") != null,
                null, null, null);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

}
