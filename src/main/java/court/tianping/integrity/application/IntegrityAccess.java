package court.tianping.integrity.application;

import court.tianping.core.DomainException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Permission;
import court.tianping.platform.TianpingUser;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who is asking, for the integrity records: the member an account belongs to (who signs, files and records for
 * themselves), the court an office works for, and the courts whose full records the discipline office reads.
 */
@Component
public class IntegrityAccess {

    private final CurrentUser currentUser;

    IntegrityAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public String actor() {
        return currentUser.actor();
    }

    /** The member of the signed-in account; an account of no member cannot sign, file or record. */
    public long requireMember() {
        Long member = currentUser.require().memberId();
        if (member == null) {
            throw new DomainException("error.integrity.no-member");
        }
        return member;
    }

    public long requireCourt() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new DomainException("error.integrity.no-court");
        }
        return court;
    }

    /** The courts whose records the user may read in full: those of their city or court scope. */
    public Set<Long> recordCourts() {
        Scope scope = currentUser.scope();
        if (!readsRecords() || (scope.level() != ScopeLevel.CITY && scope.level() != ScopeLevel.COURT)) {
            return Set.of();
        }
        return scope.courtIds();
    }

    public boolean readsRecords() {
        return currentUser.user().map(u -> u.has(Permission.INTEGRITY_RECORDS)).orElse(false);
    }
}
