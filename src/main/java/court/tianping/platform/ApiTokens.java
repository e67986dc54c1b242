package court.tianping.platform;

import court.tianping.core.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens for integrations (12345 and 12368 systems, the case system). Only a SHA-256 hash
 * is stored; the token itself is shown once, when it is created.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    public record ApiTokenView(long id, String name, String tokenHint, String username, String createdBy,
                               LocalDateTime createdAt, LocalDateTime revokedAt, LocalDateTime lastUsedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** Creates a token for the given account and returns it; it cannot be read again. */
    @Transactional
    public String create(String name, String forUsername, String createdBy) {
        String token = "tp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        register(name, forUsername, token, createdBy);
        return token;
    }

    /** Registers a known token (the demo's {@code demo-admin-token}). */
    @Transactional
    public void register(String name, String forUsername, String token, String createdBy) {
        if (name == null || name.isBlank() || name.length() > 60) {
            throw new DomainException("error.token.name");
        }
        TianpingUser user = accounts.findByUsername(forUsername)
                .orElseThrow(() -> new DomainException("error.token.user", forUsername));
        jdbc.sql("""
                insert into api_token (name, token_hash, token_hint, user_id, created_by, created_at)
                values (:name, :hash, :hint, :userId, :by, :now)""")
                .param("name", name.strip()).param("hash", hash(token))
                .param("hint", token.substring(0, Math.min(6, token.length())) + "…")
                .param("userId", user.id()).param("by", createdBy).param("now", LocalDateTime.now(clock))
                .update();
        events.publishEvent(new PlatformChange(createdBy, "token.created", "api-token", name.strip(), user.courtId(),
                java.util.Map.of(), java.util.Map.of("name", name.strip(), "username", forUsername)));
    }

    @Transactional
    public void revoke(long id, String revokedBy) {
        int changed = jdbc.sql("update api_token set revoked_at = :now, revoked_by = :by where id = :id and revoked_at is null")
                .param("now", LocalDateTime.now(clock)).param("by", revokedBy).param("id", id).update();
        if (changed == 0) {
            throw new DomainException("error.token.not-active");
        }
        events.publishEvent(PlatformChange.of(revokedBy, "token.revoked", "api-token", Long.toString(id)));
    }

    public List<ApiTokenView> list() {
        return jdbc.sql("""
                select t.id, t.name, t.token_hint, u.username, t.created_by, t.created_at, t.revoked_at, t.last_used_at
                from api_token t join user_account u on u.id = t.user_id order by t.created_at desc, t.id desc""")
                .query((rs, n) -> new ApiTokenView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class),
                        rs.getObject(8, LocalDateTime.class)))
                .list();
    }

    private record TokenHolder(TianpingUser user, LocalDateTime lastUsedAt) {
    }

    /** The account a presented token acts for, if the token exists and is not revoked. */
    public Optional<TianpingUser> authenticate(String token) {
        String hash = hash(token);
        Optional<TokenHolder> holder = jdbc.sql("""
                select u.id, u.username, u.display_name, u.role, u.court_id, u.organization_id, u.member_id,
                       t.last_used_at
                from api_token t join user_account u on u.id = t.user_id
                where t.token_hash = :hash and t.revoked_at is null and u.enabled = true""")
                .param("hash", hash)
                .query((rs, n) -> new TokenHolder(new TianpingUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        rs.getObject("court_id", Long.class), rs.getObject("organization_id", Long.class),
                        rs.getObject("member_id", Long.class)), rs.getObject("last_used_at", LocalDateTime.class)))
                .optional();
        LocalDateTime now = LocalDateTime.now(clock);
        holder.filter(h -> h.lastUsedAt() == null || h.lastUsedAt().isBefore(now.minusMinutes(1)))
                .ifPresent(h -> touch(hash, now));
        return holder.map(TokenHolder::user);
    }

    /** Records use at most once a minute, so that busy integrations do not write on every call. */
    private void touch(String hash, LocalDateTime now) {
        jdbc.sql("update api_token set last_used_at = :now where token_hash = :hash")
                .param("now", now).param("hash", hash).update();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
