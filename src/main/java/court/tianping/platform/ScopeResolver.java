package court.tianping.platform;

import court.tianping.core.Scope;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a user's scope anchor to bindable values, and names the anchors (courts, organisations,
 * members) an account can be given. Implemented by the module that owns the organisation tree.
 */
public interface ScopeResolver {

    /** A court, Party organisation or member that an account can be anchored to. */
    record Anchor(long id, long courtId, String path, String name) {
    }

    /** The court and every court below it. */
    Set<Long> courtSubtree(long courtId);

    /** The materialised path of a Party organisation, ending with '/'. */
    Optional<String> organizationPath(long organizationId);

    /** Courts within the scope, in tree order. */
    List<Anchor> courts(Scope scope);

    /** Branches and Party groups within the scope, optionally of one court, for branch and group accounts. */
    List<Anchor> organizations(Scope scope, Long courtId);

    Optional<Anchor> organization(long organizationId);

    /** The member with this ID-card number, to link a member's account. */
    Optional<Anchor> memberByIdCard(String idCardNo);
}
