package court.tianping.organization.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import court.tianping.core.Scope;
import court.tianping.core.SqlFilter;
import court.tianping.organization.CourtLevel;
import court.tianping.organization.OrganizationChanged;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import court.tianping.platform.CurrentUser;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The court tree and the Party organisation tree with counts, within the caller's data scope. */
@Service
public class OrganizationQueries {

    private record PickListKey(Scope scope, Long courtId) {
    }

    /** Pick lists change only when an organisation does; they are dropped then, and expire anyway. */
    private final Cache<PickListKey, List<OrganizationChoice>> pickLists = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(5_000).build();
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    OrganizationQueries(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Courts the caller may see: every court of their scope's courts, or the court of their organisation. */
    @PreAuthorize("hasAuthority('organization:read')")
    public List<CourtNode> courts() {
        Scope scope = currentUser.scope();
        Map<String, Object> params = new HashMap<>();
        String where;
        switch (scope.level()) {
            case CITY, COURT -> {
                SqlFilter filter = scope.filter("c.id", null, null);
                where = filter.sql();
                params.putAll(filter.params());
            }
            case BRANCH, CELL -> {
                SqlFilter filter = scope.filter("o.court_id", "o.path", null);
                where = "c.id in (select o.court_id from party_organization o where " + filter.sql() + ")";
                params.putAll(filter.params());
            }
            default -> where = "1 = 0";
        }
        SqlFilter memberScope = scope.filter("m.court_id", "mo.path", "m.id");
        params.putAll(memberScope.params());
        List<CourtNode> flat = jdbc.sql("""
                select c.id, c.parent_id, c.name, c.short_name, c.level, c.district, c.path,
                       (select count(*) from party_organization o where o.court_id = c.id) as organizations,
                       (select count(*) from member m join party_organization mo on mo.id = m.organization_id
                         where m.court_id = c.id and """ + " " + memberScope.sql() + """
                       ) as members
                from court c where """ + " " + where + " order by c.path, c.sort_order")
                .params(params)
                .query((rs, n) -> new CourtNode(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        rs.getString("name"), rs.getString("short_name"), CourtLevel.valueOf(rs.getString("level")),
                        rs.getString("district"), rs.getString("path").split("/").length - 2,
                        rs.getLong("organizations"), rs.getLong("members")))
                .list();
        return depthFirst(flat);
    }

    /** The Party organisations of a court (and its detached tribunals) in tree order, with member counts. */
    @PreAuthorize("hasAuthority('organization:read')")
    public List<OrganizationNode> tree(long courtId) {
        return nodes(" and o.court_id in (select c.id from court c"
                + " where c.path like (select p.path from court p where p.id = :courtId) || '%')", Map.of("courtId", courtId));
    }

    /** An organisation and everything below it, in tree order, with counts; the first node is the organisation. */
    @PreAuthorize("hasAuthority('organization:read')")
    public List<OrganizationNode> subtree(long organizationId) {
        return nodes(" and o.path like (select s.path from party_organization s where s.id = :subtreeRoot) || '%'",
                Map.of("subtreeRoot", organizationId));
    }

    /**
     * Organisations within scope, optionally of one court (with its tribunals), type and nature, in tree
     * order. Type and nature are applied after the subtree counts, which need the whole tree.
     */
    @PreAuthorize("hasAuthority('organization:read')")
    public List<OrganizationNode> filtered(Long courtId, OrganizationType type, OrganizationNature nature) {
        List<OrganizationNode> nodes = courtId == null ? allInScope() : tree(courtId);
        return nodes.stream()
                .filter(o -> (type == null || o.type() == type) && (nature == null || o.nature() == nature))
                .toList();
    }

    /**
     * Organisations that can hold members (branches and Party groups that are not temporary), within
     * scope and optionally one court, in tree order: for pick lists, so without counts.
     */
    @PreAuthorize("hasAuthority('organization:read') or hasAuthority('organization:member:read')")
    public List<OrganizationChoice> memberOrganizations(Long courtId) {
        Scope scope = currentUser.scope();
        return pickLists.get(new PickListKey(scope, courtId), key -> loadMemberOrganizations(scope, courtId));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void dropPickLists(OrganizationChanged changed) {
        pickLists.invalidateAll();
    }

    private List<OrganizationChoice> loadMemberOrganizations(Scope scope, Long courtId) {
        SqlFilter filter = scope.level() == court.tianping.core.ScopeLevel.SELF
                ? new SqlFilter("1 = 0", Map.of()) : scope.filter("o.court_id", "o.path", null);
        Map<String, Object> params = new HashMap<>(filter.params());
        String court = "";
        if (courtId != null) {
            court = " and o.court_id = :courtId";
            params.put("courtId", courtId);
        }
        List<OrganizationChoice> choices = jdbc.sql("""
                select o.id, o.court_id, o.name, o.type, o.nature, o.path, o.parent_id from party_organization o
                where o.type in ('BRANCH', 'CELL') and o.nature <> 'TEMPORARY' and\s""" + filter.sql() + court
                        + " order by o.court_id, o.sort_order, o.id")
                .params(params)
                .query((rs, n) -> new OrganizationChoice(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        rs.getLong("court_id"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")), OrganizationNature.valueOf(rs.getString("nature")),
                        rs.getString("path").split("/").length - 2))
                .list();
        return inTreeOrder(choices);
    }

    public List<OrganizationChoice> memberOrganizations() {
        return memberOrganizations(null);
    }

    /** Courts within scope for pick lists, in tree order, without counts. */
    @PreAuthorize("hasAuthority('organization:read') or hasAuthority('organization:member:read')")
    public List<CourtChoice> courtChoices() {
        Scope scope = currentUser.scope();
        if (scope.level() != court.tianping.core.ScopeLevel.CITY && scope.level() != court.tianping.core.ScopeLevel.COURT) {
            return List.of();
        }
        SqlFilter filter = scope.filter("c.id", null, null);
        return jdbc.sql("select c.id, c.name, c.path from court c where " + filter.sql() + " order by c.path, c.sort_order")
                .params(filter.params())
                .query((rs, n) -> new CourtChoice(rs.getLong(1), rs.getString(2), rs.getString(3).split("/").length - 2))
                .list();
    }

    /** Each branch followed by its Party groups; groups whose branch is not listed come last. */
    private static List<OrganizationChoice> inTreeOrder(List<OrganizationChoice> choices) {
        Map<Long, List<OrganizationChoice>> cellsByBranch = new HashMap<>();
        choices.stream().filter(c -> c.type() == OrganizationType.CELL)
                .forEach(c -> cellsByBranch.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c));
        List<OrganizationChoice> ordered = new ArrayList<>();
        for (OrganizationChoice choice : choices) {
            if (choice.type() != OrganizationType.CELL) {
                ordered.add(choice);
                List<OrganizationChoice> cells = cellsByBranch.remove(choice.id());
                if (cells != null) {
                    ordered.addAll(cells);
                }
            }
        }
        cellsByBranch.values().forEach(ordered::addAll);
        return ordered;
    }

    /** Every organisation the caller may see, in tree order. */
    @PreAuthorize("hasAuthority('organization:read')")
    public List<OrganizationNode> allInScope() {
        return nodes("", Map.of());
    }

    private List<OrganizationNode> nodes(String condition, Map<String, Object> conditionParams) {
        Scope scope = currentUser.scope();
        SqlFilter filter = scope.level() == court.tianping.core.ScopeLevel.SELF
                ? new SqlFilter("1 = 0", Map.of()) : scope.filter("o.court_id", "o.path", null);
        List<OrganizationNode> nodes = jdbc.sql("""
                select o.id, o.parent_id, o.court_id, o.name, o.type, o.nature, o.path, o.task, o.starts_on, o.ends_on, o.version,
                       d.name as department_name, s.secretary_name, coalesce(n.direct_members, 0) as direct_members
                from party_organization o
                left join department d on d.id = o.department_id
                left join (select sp.organization_id, min(sm.name) as secretary_name
                           from member_post sp join member sm on sm.id = sp.member
                           where sp.post in ('SECRETARY', 'CELL_LEADER') group by sp.organization_id) s
                       on s.organization_id = o.id
                left join (select m.organization_id, count(*) as direct_members from member m
                           group by m.organization_id) n on n.organization_id = o.id
                where\s""" + filter.sql() + condition + " order by o.sort_order, o.id")
                .params(filter.params()).params(conditionParams)
                .query((rs, n) -> new OrganizationNode(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        rs.getLong("court_id"), rs.getString("name"), OrganizationType.valueOf(rs.getString("type")),
                        OrganizationNature.valueOf(rs.getString("nature")), rs.getString("path"),
                        rs.getString("path").split("/").length - 2, rs.getString("department_name"),
                        rs.getString("task"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("secretary_name"),
                        rs.getLong("direct_members"), 0, 0, rs.getInt("version")))
                .list();
        return withSubtreeCounts(nodes);
    }

    private static List<OrganizationNode> withSubtreeCounts(List<OrganizationNode> nodes) {
        Map<Long, OrganizationNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<Long, Long> totals = new HashMap<>();
        Map<Long, Long> cells = new HashMap<>();
        for (OrganizationNode node : nodes) {
            for (String part : node.path().split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                long ancestor = Long.parseLong(part);
                totals.merge(ancestor, node.directMembers(), Long::sum);
                if (node.type() == OrganizationType.CELL && ancestor != node.id()) {
                    cells.merge(ancestor, 1L, Long::sum);
                }
            }
        }
        List<OrganizationNode> counted = new ArrayList<>();
        byId.values().forEach(n -> counted.add(n.withCounts(totals.getOrDefault(n.id(), 0L), cells.getOrDefault(n.id(), 0L))));
        return depthFirstOrganizations(counted);
    }

    private static List<OrganizationNode> depthFirstOrganizations(List<OrganizationNode> nodes) {
        Map<Long, List<OrganizationNode>> children = new HashMap<>();
        Map<Long, OrganizationNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<OrganizationNode> roots = new ArrayList<>();
        for (OrganizationNode node : nodes) {
            if (node.parentId() == null || !byId.containsKey(node.parentId())) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        List<OrganizationNode> ordered = new ArrayList<>();
        roots.forEach(root -> visit(root, children, ordered));
        return ordered;
    }

    private static void visit(OrganizationNode node, Map<Long, List<OrganizationNode>> children,
                              List<OrganizationNode> ordered) {
        ordered.add(node);
        children.getOrDefault(node.id(), List.of()).forEach(child -> visit(child, children, ordered));
    }

    private static List<CourtNode> depthFirst(List<CourtNode> courts) {
        List<CourtNode> sorted = new ArrayList<>(courts);
        sorted.sort(Comparator.comparingInt(CourtNode::depth));
        Map<Long, List<CourtNode>> children = new HashMap<>();
        Map<Long, CourtNode> byId = new HashMap<>();
        courts.forEach(c -> byId.put(c.id(), c));
        List<CourtNode> roots = new ArrayList<>();
        for (CourtNode court : courts) {
            if (court.parentId() == null || !byId.containsKey(court.parentId())) {
                roots.add(court);
            } else {
                children.computeIfAbsent(court.parentId(), k -> new ArrayList<>()).add(court);
            }
        }
        List<CourtNode> ordered = new ArrayList<>();
        roots.forEach(root -> visitCourt(root, children, ordered));
        return ordered;
    }

    private static void visitCourt(CourtNode court, Map<Long, List<CourtNode>> children, List<CourtNode> ordered) {
        ordered.add(court);
        children.getOrDefault(court.id(), List.of()).forEach(child -> visitCourt(child, children, ordered));
    }
}
