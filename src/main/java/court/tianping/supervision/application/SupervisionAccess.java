package court.tianping.supervision.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Permission;
import court.tianping.platform.TianpingUser;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * Which feedback the signed-in user sees: the discipline office (and the admin) every item of their courts,
 * unverified complaints included; everyone else only founded items within their scope (a branch secretary
 * those about their branch, a member those about themselves).
 */
@Component
public class SupervisionAccess {

    private final CurrentUser currentUser;

    SupervisionAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Scope scope() {
        return currentUser.scope();
    }

    public boolean verifies() {
        return currentUser.user().map(u -> u.has(Permission.SUPERVISION_VERIFY)).orElse(false);
    }

    public SqlFilter feedback(String alias) {
        SqlFilter scoped = scope().filter(alias + ".court_id", alias + ".organization_path", alias + ".member_id");
        if (verifies()) {
            return scoped;
        }
        return new SqlFilter(alias + ".state = 'FOUNDED' and " + scoped.sql(), scoped.params());
    }

    /** Report lines: a branch secretary those of their branch, the court-wide roles every line of their courts. */
    public SqlFilter reportLines(String alias) {
        return scope().filter(alias + ".court_id", alias + ".organization_path", alias + ".member_id");
    }

    public boolean sees(long courtId, String path, Long memberId, boolean founded) {
        Scope scope = scope();
        boolean inScope = scope.covers(courtId, path)
                || (memberId != null && scope.memberId() != null && scope.memberId().equals(memberId));
        return inScope && (founded || verifies());
    }

    /** The courts whose weekly reports the user opens: those of their scope, or their own court for a branch. */
    public Set<Long> reportCourts() {
        Scope scope = scope();
        if (!scope.courtIds().isEmpty()) {
            return scope.courtIds();
        }
        Long own = currentUser.user().map(TianpingUser::courtId).orElse(null);
        return own == null || scope.level() == ScopeLevel.NONE || scope.level() == ScopeLevel.SELF ? Set.of() : Set.of(own);
    }

    public void requireCovers(long courtId, String path, String what, Object id) {
        if (!scope().covers(courtId, path)) {
            throw new NotFoundException(what, id);
        }
    }

    public long requireCourt() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new DomainException("error.supervision.no-court");
        }
        return court;
    }

    public String actor() {
        return currentUser.actor();
    }
}
