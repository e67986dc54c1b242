package court.tianping.honour.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which honour and volunteering records the signed-in user sees, built on the shared {@link Scope}: records of an
 * organisation by its court and path; a member's own rows (honours received, hours served, posts held) by the path
 * of the member's organisation or, for a member, their own id.
 */
@Component
public class HonourAccess {

    private final CurrentUser currentUser;

    HonourAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Scope scope() {
        return currentUser.scope();
    }

    /** Rows of one member (recipients, volunteers, hours, holders) under this alias. */
    public SqlFilter memberRows(String alias) {
        return scope().filter(alias + ".court_id", alias + ".member_path", alias + ".member_id");
    }

    /** Honours: a collective one by its organisation, an individual one by any of its recipients. */
    public SqlFilter honours(String alias) {
        Scope scope = scope();
        SqlFilter recipients = memberRows("hr");
        String individual = "exists (select 1 from honour_recipient hr where hr.honour = " + alias + ".id and "
                + recipients.sql() + ")";
        if (scope.level() == ScopeLevel.CITY || scope.level() == ScopeLevel.COURT) {
            return scope.filter(alias + ".court_id", null, null);
        }
        if (scope.level() == ScopeLevel.BRANCH || scope.level() == ScopeLevel.CELL) {
            SqlFilter organisation = scope.filter(alias + ".court_id", alias + ".organization_path", null);
            return new SqlFilter("(" + organisation.sql() + " or " + individual + ")", recipients.params());
        }
        return new SqlFilter(individual, recipients.params());
    }

    /** Records held by an organisation (teams, posts). */
    public SqlFilter organisationRecords(String alias) {
        return scope().filter(alias + ".court_id", alias + ".organization_path", null);
    }

    public boolean covers(long courtId, String path) {
        return scope().covers(courtId, path);
    }

    public void require(boolean covered, String what, Object id) {
        if (!covered) {
            throw new NotFoundException(what, id);
        }
    }

    public long requireCourt() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new DomainException("error.honour.no-court");
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
