package court.tianping.platform;

import java.util.Optional;
import java.util.Set;

/** Resolves a user's scope anchor to bindable values. Implemented by the module that owns the organisation tree. */
public interface ScopeResolver {

    /** The court and every court below it. */
    Set<Long> courtSubtree(long courtId);

    /** The materialised path of a Party organisation, ending with '/'. */
    Optional<String> organizationPath(long organizationId);
}
