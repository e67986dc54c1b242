package court.tianping.demand.application;

import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.demand.DemandState;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Permission;
import court.tianping.platform.Role;
import court.tianping.platform.TianpingUser;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which demands the signed-in user sees, as one SQL condition built on the shared {@link Scope}:
 * the court for the office and leaders, the branch's subtree for a secretary, the group's demands
 * and its branch's dispatch queue for a group leader, the member's own, and a partner's own orders.
 */
@Component
public class DemandAccess {

    private final CurrentUser currentUser;
    private final DemandRepository demands;

    DemandAccess(CurrentUser currentUser, DemandRepository demands) {
        this.currentUser = currentUser;
        this.demands = demands;
    }

    public SqlFilter filter(String alias) {
        TianpingUser user = currentUser.user().orElse(null);
        if (user == null) {
            return new SqlFilter("1 = 0", Map.of());
        }
        if (user.role() == Role.PARTNER_LIAISON) {
            return new SqlFilter(alias + ".placed_by = :scopePlacedBy", Map.of("scopePlacedBy", user.username()));
        }
        Scope scope = currentUser.scope();
        SqlFilter base = scope.filter(alias + ".court_id", alias + ".organization_path", alias + ".member_id");
        if (scope.level() != ScopeLevel.CELL) {
            return base;
        }
        Map<String, Object> params = new HashMap<>(base.params());
        params.put("scopeParentBranch", parentOf(scope.organizationPath()));
        return new SqlFilter("(" + base.sql() + " or (" + alias + ".state = 'DISPATCHED' and " + alias
                + ".branch_id = :scopeParentBranch))", params);
    }

    /** Which rows of the figures' tally the user sees: the court level for a court or the city, the branch level for a branch. */
    public Optional<TallyScope> tallyScope(String alias) {
        TianpingUser user = currentUser.user().orElse(null);
        if (user == null || user.role() == Role.PARTNER_LIAISON) {
            return Optional.empty();
        }
        Scope scope = currentUser.scope();
        char level = switch (scope.level()) {
            case CITY, COURT -> 'C';
            case BRANCH -> 'B';
            default -> '-';
        };
        if (level == '-') {
            return Optional.empty();
        }
        return Optional.of(new TallyScope(level, scope, level == 'B'
                ? new SqlFilter(alias + ".branch_id = :scopeBranchId", Map.of("scopeBranchId", branchOf(scope)))
                : scope.filter(alias + ".court_id", alias + ".branch_path", null)));
    }

    /** The branch a branch-level scope is: the last organisation of its path ({@code /1/2/10/} is branch 10). */
    private static long branchOf(Scope scope) {
        String[] ids = scope.organizationPath().split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    /** A level of the tally and the condition that limits it to the user's scope. */
    public record TallyScope(char level, Scope scope, SqlFilter filter) {
    }

    public boolean canSee(Demand demand) {
        TianpingUser user = currentUser.user().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.role() == Role.PARTNER_LIAISON) {
            return user.username().equals(demand.placedBy());
        }
        Scope scope = currentUser.scope();
        return switch (scope.level()) {
            case CITY, COURT -> scope.courtIds().contains(demand.courtId());
            case BRANCH -> demand.organizationPath() != null && demand.organizationPath().startsWith(scope.organizationPath());
            case CELL -> (demand.organizationPath() != null && demand.organizationPath().startsWith(scope.organizationPath()))
                    || (demand.state() == DemandState.DISPATCHED
                        && Long.valueOf(parentOf(scope.organizationPath())).equals(demand.branchId()));
            case SELF -> scope.memberId().equals(demand.memberId());
            case NONE -> false;
        };
    }

    /**
     * Whether the user handles this demand and so sees the requester in full: who placed or recorded it,
     * the dispatchers and those who call back (the office, the branch secretary, within their scope), the
     * group that accepted it and the member it is assigned to. Everyone else sees it masked.
     */
    public boolean handles(Demand demand) {
        TianpingUser user = currentUser.user().orElse(null);
        if (user == null || !canSee(demand)) {
            return false;
        }
        return user.username().equals(demand.placedBy())
                || user.has(Permission.DEMAND_DISPATCH) || user.has(Permission.DEMAND_VISIT)
                || (user.role() == Role.CELL_LEADER && demand.cellId() != null && demand.cellId().equals(user.organizationId()))
                || (user.memberId() != null && user.memberId().equals(demand.memberId()));
    }

    /** The demand, if the user may see it; otherwise not found, so that its existence is not revealed. */
    public Demand visible(long id) {
        return demands.findById(id).filter(this::canSee).orElseThrow(() -> new NotFoundException("label.demand", id));
    }

    static long parentOf(String path) {
        String[] parts = path.split("/");
        return parts.length >= 3 ? Long.parseLong(parts[parts.length - 2]) : -1L;
    }
}
