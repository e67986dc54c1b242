package court.tianping.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The data a user may see, resolved to values that can be bound into SQL: the ids of the courts
 * (for city and court scope), the materialised path of the Party organisation (for branch and
 * cell scope), or the member id (for self scope).
 */
public record Scope(ScopeLevel level, Set<Long> courtIds, String organizationPath, Long memberId) {

    public static Scope courts(ScopeLevel level, Set<Long> courtIds) {
        return new Scope(level, Set.copyOf(courtIds), null, null);
    }

    public static Scope organization(ScopeLevel level, String organizationPath) {
        return new Scope(level, Set.of(), organizationPath, null);
    }

    public static Scope self(long memberId) {
        return new Scope(ScopeLevel.SELF, Set.of(), null, memberId);
    }

    public static Scope none() {
        return new Scope(ScopeLevel.NONE, Set.of(), null, null);
    }

    /**
     * The one shared mechanism that limits a query to this scope. Callers name the columns that
     * hold the court id, the organisation path and the member id in their own query; values are
     * always bound as parameters, never concatenated.
     */
    public SqlFilter filter(String courtIdColumn, String organizationPathColumn, String memberIdColumn) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = switch (level) {
            case CITY, COURT -> {
                params.put("scopeCourtIds", courtIds.isEmpty() ? Set.of(-1L) : courtIds);
                yield courtIdColumn + " in (:scopeCourtIds)";
            }
            case BRANCH, CELL -> {
                params.put("scopeOrganizationPath", organizationPath + "%");
                yield organizationPathColumn + " like :scopeOrganizationPath";
            }
            case SELF -> {
                if (memberIdColumn == null) {
                    yield "1 = 0";
                }
                params.put("scopeMemberId", memberId);
                yield memberIdColumn + " = :scopeMemberId";
            }
            case NONE -> "1 = 0";
        };
        return new SqlFilter(sql, params);
    }

    /** Whether an organisation (given by its court and path) lies inside this scope. */
    public boolean covers(long courtId, String path) {
        return switch (level) {
            case CITY, COURT -> courtIds.contains(courtId);
            case BRANCH, CELL -> path != null && path.startsWith(organizationPath);
            case SELF, NONE -> false;
        };
    }
}
