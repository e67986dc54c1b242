package court.tianping.platform;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.Scope;
import court.tianping.core.ScopeLevel;
import court.tianping.core.SqlFilter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Staff accounts as the platform admin (whole city) or a Party-affairs office (its own court) keeps
 * them: open an account with a role and the court, organisation or member it is anchored to; switch
 * it off and on; unlock it; set a new password.
 */
@Service
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.\\-]{3,50}");

    /** An account as listed. */
    public record AccountView(long id, String username, String displayName, Role role, String anchorName,
                              boolean enabled, LocalDateTime lockedUntil) {
    }

    /** What the form submits: {@code idCardNo} links a member's own account. */
    public record AccountForm(String username, String displayName, Role role, Long courtId, Long organizationId,
                              String idCardNo, String password) {
    }

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ScopeResolver anchors;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(JdbcClient jdbc, UserAccounts accounts, ScopeResolver anchors, CurrentUser currentUser,
                          PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.anchors = anchors;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('platform:user:manage')")
    public List<AccountView> list() {
        Scope scope = currentUser.scope();
        SqlFilter filter = scope.filter("u.court_id", null, null);
        Map<Long, String> courts = new HashMap<>();
        anchors.courts(scope).forEach(a -> courts.put(a.id(), a.name()));
        Map<Long, String> organizations = new HashMap<>();
        anchors.organizations(scope, null).forEach(a -> organizations.put(a.id(), a.name()));
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.role, u.enabled, u.locked_until, u.court_id, u.organization_id
                from user_account u where\s""" + filter.sql() + " order by u.court_id, u.role, u.username")
                .params(filter.params())
                .query((rs, n) -> {
                    Long organizationId = rs.getObject("organization_id", Long.class);
                    String anchor = organizationId != null ? organizations.get(organizationId)
                            : courts.get(rs.getObject("court_id", Long.class));
                    return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")), anchor, rs.getBoolean("enabled"),
                            rs.getObject("locked_until", LocalDateTime.class));
                })
                .list();
    }

    @PreAuthorize("hasAuthority('platform:user:manage')")
    @Transactional
    public long open(AccountForm form) {
        if (form.username() == null || !USERNAME.matcher(form.username().strip()).matches()) {
            throw new DomainException("error.account.username");
        }
        if (form.displayName() == null || form.displayName().isBlank() || form.displayName().strip().length() > 50) {
            throw new DomainException("error.account.display-name");
        }
        if (form.role() == null) {
            throw new DomainException("error.account.role");
        }
        checkGrantable(form.role());
        if (form.password() == null || !UserAccounts.isStrong(form.password())) {
            throw new DomainException("error.password.weak");
        }
        NewUserAccount account = anchored(form);
        long id = accounts.create(account);
        events.publishEvent(new PlatformChange(currentUser.actor(), "user.created", "user", account.username(),
                account.courtId(), Map.of(), Map.of("username", account.username(), "role", account.role(),
                "displayName", account.displayName())));
        return id;
    }

    @PreAuthorize("hasAuthority('platform:user:manage')")
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        AccountView account = inScope(id);
        if (account.username().equals(currentUser.actor())) {
            throw new DomainException("error.account.self");
        }
        jdbc.sql("update user_account set enabled = :e where id = :id").param("e", enabled).param("id", id).update();
        events.publishEvent(PlatformChange.of(currentUser.actor(), enabled ? "user.enabled" : "user.disabled", "user",
                account.username()));
    }

    @PreAuthorize("hasAuthority('platform:user:manage')")
    @Transactional
    public void unlock(long id) {
        AccountView account = inScope(id);
        jdbc.sql("update user_account set locked_until = null where id = :id").param("id", id).update();
        jdbc.sql("delete from login_failure where username = :u").param("u", account.username()).update();
        events.publishEvent(PlatformChange.of(currentUser.actor(), "user.unlocked", "user", account.username()));
    }

    @PreAuthorize("hasAuthority('platform:user:manage')")
    @Transactional
    public void resetPassword(long id, String password) {
        AccountView account = inScope(id);
        if (password == null || !UserAccounts.isStrong(password)) {
            throw new DomainException("error.password.weak");
        }
        jdbc.sql("update user_account set password_hash = :h, password_changed_at = :now where id = :id")
                .param("h", passwordEncoder.encode(password)).param("now", LocalDateTime.now(clock)).param("id", id)
                .update();
        events.publishEvent(PlatformChange.of(currentUser.actor(), "user.password-reset", "user", account.username()));
    }

    /** Roles the caller may hand out: never more than court level unless the caller sees the whole city. */
    private void checkGrantable(Role role) {
        boolean cityWide = currentUser.scope().level() == ScopeLevel.CITY;
        if (role == Role.PLATFORM_ADMIN && !cityWide) {
            throw new DomainException("error.account.role-not-grantable", role);
        }
    }

    private NewUserAccount anchored(AccountForm form) {
        Scope scope = currentUser.scope();
        String username = form.username().strip();
        String name = form.displayName().strip();
        return switch (form.role().anchor()) {
            case COURT -> {
                if (form.courtId() == null || !scope.courtIds().contains(form.courtId())) {
                    throw new DomainException("error.account.court");
                }
                yield new NewUserAccount(username, form.password(), name, form.role(), form.courtId(), null, null);
            }
            case ORGANIZATION -> {
                ScopeResolver.Anchor organization = form.organizationId() == null ? null
                        : anchors.organization(form.organizationId()).filter(a -> scope.covers(a.courtId(), a.path()))
                            .orElse(null);
                if (organization == null) {
                    throw new DomainException("error.account.organization");
                }
                yield new NewUserAccount(username, form.password(), name, form.role(), organization.courtId(),
                        organization.id(), null);
            }
            case MEMBER -> {
                ScopeResolver.Anchor member = form.idCardNo() == null || form.idCardNo().isBlank() ? null
                        : anchors.memberByIdCard(form.idCardNo()).filter(a -> scope.covers(a.courtId(), a.path()))
                            .orElse(null);
                if (member == null) {
                    throw new DomainException("error.account.member");
                }
                yield new NewUserAccount(username, form.password(), name, form.role(), member.courtId(), null,
                        member.id());
            }
        };
    }

    private AccountView inScope(long id) {
        return list().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("label.account", id));
    }
}
