package court.tianping.liaison.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which liaison records the signed-in user sees and may change, built on the shared {@link Scope}: every record
 * by its court, the path of its judge's organisation, and for a member their own id as the judge.
 */
@Component
public class LiaisonAccess {

    private final CurrentUser currentUser;

    LiaisonAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Scope scope() {
        return currentUser.scope();
    }

    /** Rows of a judge's liaison work (liaisons, visits, suggestions, resolutions) under this alias. */
    public SqlFilter judgeRows(String alias) {
        return scope().filter(alias + ".court_id", alias + ".judge_path", alias + ".judge_member_id");
    }

    /** Units: a court's for the whole court, otherwise those that a judge within the scope is liaison to. */
    public SqlFilter units(String alias) {
        Scope scope = scope();
        if (scope.level() == ScopeLevel.CITY || scope.level() == ScopeLevel.COURT) {
            return scope.filter(alias + ".court_id", null, null);
        }
        SqlFilter judges = judgeRows("l");
        return new SqlFilter("exists (select 1 from liaison l where l.unit_id = " + alias + ".id and " + judges.sql() + ")",
                judges.params());
    }

    public boolean covers(long courtId, String judgePath, long judgeMemberId) {
        Scope scope = scope();
        if (scope.level() == ScopeLevel.SELF) {
            return scope.memberId() == judgeMemberId;
        }
        return scope.covers(courtId, judgePath);
    }

    public boolean coversCourt(long courtId) {
        Scope scope = scope();
        return (scope.level() == ScopeLevel.CITY || scope.level() == ScopeLevel.COURT) && scope.courtIds().contains(courtId);
    }

    /** Refuses a record outside the user's scope as if it did not exist. */
    public void require(boolean covered, String what, Object id) {
        if (!covered) {
            throw new NotFoundException(what, id);
        }
    }

    public long requireCourt() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new DomainException("error.liaison.no-court");
        }
        return court;
    }

    public Long memberId() {
        return currentUser.user().map(u -> u.memberId()).orElse(null);
    }

    public String actor() {
        return currentUser.actor();
    }
}
