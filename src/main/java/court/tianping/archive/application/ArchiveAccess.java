package court.tianping.archive.application;

import court.tianping.core.Scope;
import court.tianping.core.SqlFilter;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Permission;
import org.springframework.stereotype.Component;

/**
 * Which archives the signed-in user sees: the office and the discipline office every member of their court, a
 * branch secretary the members of their branch, a member their own. Entries waiting for confirmation are seen
 * only by those who keep the archive.
 */
@Component
public class ArchiveAccess {

    private final CurrentUser currentUser;

    ArchiveAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Scope scope() {
        return currentUser.scope();
    }

    public boolean keeps() {
        return currentUser.user().map(u -> u.has(Permission.ARCHIVE_RECORD)).orElse(false);
    }

    public SqlFilter entries(String alias) {
        SqlFilter scoped = scope().filter(alias + ".court_id", alias + ".organization_path", alias + ".member_id");
        if (keeps()) {
            return scoped;
        }
        return new SqlFilter(alias + ".state = 'CONFIRMED' and " + scoped.sql(), scoped.params());
    }

    public boolean seesMember(long courtId, String path, long memberId) {
        Scope scope = scope();
        return scope.covers(courtId, path) || (scope.memberId() != null && scope.memberId() == memberId);
    }

    public long requireCourt() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new court.tianping.core.DomainException("error.archive.no-court");
        }
        return court;
    }

    public Long memberId() {
        return currentUser.require().memberId();
    }

    public String actor() {
        return currentUser.actor();
    }
}
