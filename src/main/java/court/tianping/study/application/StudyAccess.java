package court.tianping.study.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import court.tianping.platform.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Which study records the signed-in user sees, built on the shared {@link Scope}: a record by the court and
 * the path of the organisation that holds it; a member's own rows (attendance, enrolment, chain) by the path
 * of the member's organisation or, for a member, their own id.
 */
@Component
public class StudyAccess {

    private final CurrentUser currentUser;

    StudyAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Scope scope() {
        return currentUser.scope();
    }

    /** Records held by an organisation (sessions, classes, groups, inspections); a member sees none by this rule. */
    public SqlFilter records(String alias) {
        return scope().filter(alias + ".court_id", alias + ".organization_path", null);
    }

    /** Sessions: those held within the scope, and for a member the ones they attended. */
    public SqlFilter sessions(String alias) {
        Scope scope = scope();
        if (scope.level() == ScopeLevel.SELF) {
            return new SqlFilter("exists (select 1 from study_attendance sa where sa.study_session = " + alias
                    + ".id and sa.member_id = :scopeMemberId)", Map.of("scopeMemberId", scope.memberId()));
        }
        return records(alias);
    }

    /** Rows that belong to a member (attendance, enrolment, chain): by the member's organisation, or the member. */
    public SqlFilter memberRows(String alias) {
        return scope().filter(alias + ".court_id", alias + ".member_path", alias + ".member_id");
    }

    public boolean covers(long courtId, String path) {
        return scope().covers(courtId, path);
    }

    public boolean isSelf(long memberId) {
        Scope scope = scope();
        return scope.level() == ScopeLevel.SELF && scope.memberId() == memberId;
    }

    /** Refuses a change to a record outside the user's scope as if it did not exist. */
    public void requireCovers(long courtId, String path, String what, Object id) {
        if (!covers(courtId, path)) {
            throw new NotFoundException(what, id);
        }
    }

    public long requireCourt() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new DomainException("error.study.no-court");
        }
        return court;
    }

    public Long memberId() {
        return currentUser.require().memberId();
    }

    /** The Party organisation the account is anchored to (a branch secretary's branch, a group leader's group). */
    public Long organizationId() {
        return currentUser.require().organizationId();
    }

    public String actor() {
        return currentUser.actor();
    }
}
