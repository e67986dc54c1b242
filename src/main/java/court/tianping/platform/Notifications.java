package court.tianping.platform;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-app notifications. A notification goes to one account, or to every account of a role in a
 * court, optionally only those anchored to one organisation (the secretary of a branch).
 */
@Service
public class Notifications {

    private static final String SEPARATOR = "\u001f";
    private static final String VISIBLE_TO = """
            (n.username = :username or n.member_id = :member or (n.role = :role and n.court_id = :court
                and (n.organization_id is null or n.organization_id = :organization)))""";

    /** Who receives a notification. */
    public record Recipient(long courtId, Role role, Long organizationId, String username, Long memberId) {

        public static Recipient role(long courtId, Role role) {
            return new Recipient(courtId, role, null, null, null);
        }

        public static Recipient organization(long courtId, Role role, long organizationId) {
            return new Recipient(courtId, role, organizationId, null, null);
        }

        public static Recipient user(long courtId, String username) {
            return new Recipient(courtId, null, null, username, null);
        }

        /** The account linked to a member, whatever its role. */
        public static Recipient member(long courtId, long memberId) {
            return new Recipient(courtId, null, null, null, memberId);
        }
    }

    /** A notification as shown to the user, already translated. */
    public record Shown(long id, LocalDateTime createdAt, String text, String link, boolean read) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    Notifications(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CurrentUser currentUser, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public void send(Recipient to, String link, String messageKey, Object... arguments) {
        send(List.of(to), link, messageKey, arguments);
    }

    /** The same notification to several recipients, written in one batch. */
    @Transactional
    public void send(List<Recipient> recipients, String link, String messageKey, Object... arguments) {
        String joined = String.join(SEPARATOR, Arrays.stream(arguments).map(String::valueOf).toList());
        LocalDateTime at = LocalDateTime.now(clock);
        SqlParameterSource[] rows = recipients.stream().map(to -> new MapSqlParameterSource()
                .addValue("member", to.memberId(), Types.BIGINT)
                .addValue("court", to.courtId())
                .addValue("role", to.role() == null ? null : to.role().name(), Types.VARCHAR)
                .addValue("organization", to.organizationId(), Types.BIGINT)
                .addValue("username", to.username(), Types.VARCHAR)
                .addValue("key", messageKey).addValue("arguments", joined).addValue("link", link).addValue("at", at))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into notification (court_id, role, organization_id, username, member_id, message_key, arguments, link,
                                          created_at)
                values (:court, :role, :organization, :username, :member, :key, :arguments, :link, :at)""", rows);
    }

    public long unreadCount() {
        return currentUser.user().map(user -> jdbc.sql("select count(*) from notification n where " + VISIBLE_TO
                        + " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :username)")
                .params(params(user)).query(Long.class).single()).orElse(0L);
    }

    public List<Shown> latest(int limit) {
        TianpingUser user = currentUser.require();
        Map<String, Object> params = params(user);
        params.put("limit", limit);
        return jdbc.sql("select n.id, n.created_at, n.message_key, n.arguments, n.link,"
                        + " exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :username) as is_read"
                        + " from notification n where " + VISIBLE_TO + " order by n.created_at desc, n.id desc limit :limit")
                .params(params)
                .query((rs, n) -> new Shown(rs.getLong("id"), rs.getObject("created_at", LocalDateTime.class),
                        messages.get(rs.getString("message_key"), (Object[]) split(rs.getString("arguments"))),
                        rs.getString("link"), rs.getBoolean("is_read")))
                .list();
    }

    @Transactional
    public void markAllRead() {
        TianpingUser user = currentUser.require();
        Map<String, Object> params = params(user);
        params.put("at", LocalDateTime.now(clock));
        jdbc.sql("insert into notification_read (notification_id, username, read_at)"
                        + " select n.id, :username, :at from notification n where " + VISIBLE_TO
                        + " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :username)")
                .params(params).update();
    }

    private static Map<String, Object> params(TianpingUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", user.username());
        params.put("role", user.role().name());
        params.put("court", user.courtId() == null ? -1L : user.courtId());
        params.put("organization", user.organizationId() == null ? -1L : user.organizationId());
        params.put("member", user.memberId() == null ? -1L : user.memberId());
        return params;
    }

    private static String[] split(String arguments) {
        return arguments.isEmpty() ? new String[0] : arguments.split(SEPARATOR, -1);
    }
}
