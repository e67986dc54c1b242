package court.tianping.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Duration;
import java.util.Optional;

/** The signed-in user and the data scope they see, resolved once per request. */
@Component
public class CurrentUser {

    private static final String SCOPE_ATTRIBUTE = CurrentUser.class.getName() + ".scope";
    private static final String SYSTEM = "system";

    /**
     * Resolved scopes, kept briefly: an organisation's path never changes and courts are rarely added,
     * so a new court reaches city-wide users within this time.
     */
    private final Cache<TianpingUser, Scope> resolved = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();
    private final ScopeResolver scopeResolver;

    CurrentUser(ScopeResolver scopeResolver) {
        this.scopeResolver = scopeResolver;
    }

    public Optional<TianpingUser> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TianpingUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public TianpingUser require() {
        return user().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** The name recorded in the audit log: the username, or "system" for scheduled and start-up work. */
    public String actor() {
        return user().map(TianpingUser::username).orElse(SYSTEM);
    }

    public Scope scope() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return resolve();
        }
        Object cached = request.getAttribute(SCOPE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Scope scope) {
            return scope;
        }
        Scope scope = resolve();
        request.setAttribute(SCOPE_ATTRIBUTE, scope, RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    private Scope resolve() {
        return user().map(user -> resolved.get(user, this::scopeOf)).orElseGet(Scope::none);
    }

    Scope scopeOf(TianpingUser user) {
        ScopeLevel level = user.role().scopeLevel();
        return switch (level) {
            case CITY, COURT -> user.courtId() == null ? Scope.none()
                    : Scope.courts(level, scopeResolver.courtSubtree(user.courtId()));
            case BRANCH, CELL -> user.organizationId() == null ? Scope.none()
                    : scopeResolver.organizationPath(user.organizationId())
                        .map(path -> Scope.organization(level, path)).orElseGet(Scope::none);
            case SELF -> user.memberId() == null ? Scope.none() : Scope.self(user.memberId());
            case NONE -> Scope.none();
        };
    }
}
