package court.tianping.platform;

import court.tianping.core.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff accounts: opening one, finding one, changing a password. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public long create(NewUserAccount account) {
        return create(account, passwordEncoder.encode(account.rawPassword()));
    }

    /**
     * Accounts that start with the same password (the demo's) share one hash of it: hashing is slow on purpose,
     * and the first start of the demo would otherwise spend seconds on it.
     */
    @Transactional
    public void createAll(List<NewUserAccount> accounts) {
        Map<String, String> hashes = new HashMap<>();
        accounts.forEach(account -> create(account, hashes.computeIfAbsent(account.rawPassword(), passwordEncoder::encode)));
    }

    private long create(NewUserAccount account, String passwordHash) {
        if (exists(account.username())) {
            throw new DomainException("error.user.exists", account.username());
        }
        jdbc.sql("""
                insert into user_account (username, password_hash, display_name, role, court_id, organization_id,
                                          member_id, enabled, created_at)
                values (:username, :hash, :displayName, :role, :courtId, :organizationId, :memberId, true, :now)""")
                .param("username", account.username())
                .param("hash", passwordHash)
                .param("displayName", account.displayName())
                .param("role", account.role().name())
                .param("courtId", account.courtId())
                .param("organizationId", account.organizationId())
                .param("memberId", account.memberId())
                .param("now", LocalDateTime.now(clock))
                .update();
        return findByUsername(account.username()).orElseThrow().id();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from user_account where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    public Optional<TianpingUser> findByUsername(String username) {
        return jdbc.sql("""
                select id, username, display_name, role, court_id, organization_id, member_id
                from user_account where username = :u""")
                .param("u", username)
                .query((rs, n) -> new TianpingUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("court_id", Long.class), rs.getObject("organization_id", Long.class),
                        rs.getObject("member_id", Long.class)))
                .optional();
    }

    /** Checks the current password and the new one's strength, then stores the new hash. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword, String confirmation) {
        String hash = jdbc.sql("select password_hash from user_account where username = :u").param("u", username)
                .query(String.class).optional().orElseThrow(() -> new DomainException("error.password.current"));
        if (!passwordEncoder.matches(currentPassword, hash)) {
            throw new DomainException("error.password.current");
        }
        if (!newPassword.equals(confirmation)) {
            throw new DomainException("error.password.mismatch");
        }
        if (!isStrong(newPassword)) {
            throw new DomainException("error.password.weak");
        }
        if (passwordEncoder.matches(newPassword, hash)) {
            throw new DomainException("error.password.same");
        }
        jdbc.sql("update user_account set password_hash = :h, password_changed_at = :now where username = :u")
                .param("h", passwordEncoder.encode(newPassword)).param("now", LocalDateTime.now(clock))
                .param("u", username).update();
        events.publishEvent(PlatformChange.of(username, "user.password-changed", "user", username));
    }

    static boolean isStrong(String password) {
        return password.length() >= 8 && password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit);
    }
}
