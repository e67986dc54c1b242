package court.tianping.organization.application;

import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organisation figures of the home page, computed from the records within the caller's scope. */
@Service
public class OrganizationFigures {

    public record Figures(long branches, long cells, long members, long probationary, long nonStaff,
                          Map<String, Long> branchesByNature, Map<String, Long> organizationsByType,
                          Map<String, Long> organizationsByNature, Map<String, Long> membersByPosition,
                          Map<String, Long> membersByStatus, List<CourtFigures> courts) {
    }

    public record CourtFigures(long courtId, String name, long branches, long functionalBranches, long cells,
                               long members) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    OrganizationFigures(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAuthority('organization:read')")
    public Figures figures() {
        Scope scope = currentUser.scope();
        SqlFilter organizations = scope.level() == ScopeLevel.SELF ? new SqlFilter("1 = 0", Map.of())
                : scope.filter("o.court_id", "o.path", null);
        SqlFilter members = scope.filter("m.court_id", "o.path", "m.id");
        Map<String, Long> byType = grouped("select o.type, count(*) from party_organization o where "
                + organizations.sql() + " group by o.type", organizations);
        Map<String, Long> byNature = grouped("select o.nature, count(*) from party_organization o where "
                + organizations.sql() + " group by o.nature", organizations);
        Map<String, Long> branchesByNature = grouped("select o.nature, count(*) from party_organization o where o.type = 'BRANCH' and "
                + organizations.sql() + " group by o.nature", organizations);
        Map<String, Long> byPosition = grouped("select m.position, count(*) from member m join party_organization o on o.id = m.organization_id where "
                + members.sql() + " group by m.position", members);
        Map<String, Long> byStatus = grouped("select m.status, count(*) from member m join party_organization o on o.id = m.organization_id where "
                + members.sql() + " group by m.status", members);
        long memberCount = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long nonStaff = jdbc.sql("select count(*) from member m join party_organization o on o.id = m.organization_id where m.staff = false and "
                + members.sql()).params(members.params()).query(Long.class).single();
        return new Figures(byType.getOrDefault("BRANCH", 0L), byType.getOrDefault("CELL", 0L), memberCount,
                byStatus.getOrDefault("PROBATIONARY", 0L), nonStaff, branchesByNature, byType, byNature, byPosition,
                byStatus, courts(organizations));
    }

    private List<CourtFigures> courts(SqlFilter organizations) {
        return jdbc.sql("""
                select c.id, c.short_name,
                       sum(case when o.type = 'BRANCH' then 1 else 0 end) as branches,
                       sum(case when o.type = 'BRANCH' and o.nature = 'FUNCTIONAL' then 1 else 0 end) as functional,
                       sum(case when o.type = 'CELL' then 1 else 0 end) as cells,
                       (select count(*) from member m where m.court_id = c.id) as members
                from court c join party_organization o on o.court_id = c.id
                where """ + " " + organizations.sql() + " " + """
                 group by c.id, c.short_name, c.path order by c.path""")
                .params(organizations.params())
                .query((rs, n) -> new CourtFigures(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
    }

    private Map<String, Long> grouped(String sql, SqlFilter filter) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql(sql).params(filter.params()).query((rs, n) -> result.put(rs.getString(1), rs.getLong(2))).list();
        return result;
    }
}
