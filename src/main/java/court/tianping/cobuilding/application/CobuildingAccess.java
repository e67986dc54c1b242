package court.tianping.cobuilding.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.platform.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which co-building records the signed-in user sees, on the shared {@link Scope}: the office and leaders their
 * court's; a branch secretary the agreements and activities of their branch (any of the branches bound or taking
 * part). Partners and streets are the court's, seen by everyone who works on co-building in it.
 */
@Component
public class CobuildingAccess {

    private final CurrentUser currentUser;
    private final OrganizationDirectory directory;

    CobuildingAccess(CurrentUser currentUser, OrganizationDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    public long court() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new DomainException("error.cobuilding.no-court");
        }
        return court;
    }

    public String actor() {
        return currentUser.actor();
    }

    /** Rows whose branches are in a link table ({@code cobuilding_agreement_branch} …) joined on {@code linkColumn}. */
    SqlFilter byBranches(String alias, String linkTable, String linkColumn) {
        Scope scope = currentUser.scope();
        return switch (scope.level()) {
            case CITY, COURT -> scope.filter(alias + ".court_id", null, null);
            case BRANCH, CELL -> {
                SqlFilter f = scope.filter(null, "sb.organization_path", null);
                yield new SqlFilter("exists (select 1 from " + linkTable + " sb where sb." + linkColumn + " = " + alias
                        + ".id and " + f.sql() + ")", f.params());
            }
            default -> new SqlFilter("1 = 0", Map.of());
        };
    }

    /** Whether a record of this court bound to branches that meet the test lies in the user's scope. */
    boolean covers(long courtId, java.util.function.Predicate<String> boundWithin) {
        Scope scope = currentUser.scope();
        if (scope.level() == ScopeLevel.CITY || scope.level() == ScopeLevel.COURT) {
            return scope.courtIds().contains(courtId);
        }
        if (scope.level() == ScopeLevel.BRANCH || scope.level() == ScopeLevel.CELL) {
            return boundWithin.test(scope.organizationPath());
        }
        return false;
    }

    /** The branches chosen on a form: each a branch of the user's court within their scope, refused by name otherwise. */
    List<Unit> branches(Collection<Long> ids) {
        long court = court();
        Scope scope = currentUser.scope();
        List<Unit> units = new ArrayList<>();
        for (Long id : ids.stream().filter(Objects::nonNull).distinct().toList()) {
            Unit unit = directory.unit(id).filter(u -> u.type() == OrganizationType.BRANCH && u.courtId() == court)
                    .orElseThrow(() -> new DomainException("error.cobuilding.unknown-branch"));
            if (!scope.covers(unit.courtId(), unit.path())) {
                throw new DomainException("error.cobuilding.branch-outside-scope", unit.name());
            }
            units.add(unit);
        }
        return units;
    }

    /** The branches the user may record for: the court's for the office, their own for a secretary. */
    public List<Unit> ownBranches() {
        Scope scope = currentUser.scope();
        return directory.branches(court()).stream().filter(b -> scope.covers(b.courtId(), b.path())).toList();
    }
}
