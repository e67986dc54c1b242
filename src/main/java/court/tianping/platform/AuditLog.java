package court.tianping.platform;

import court.tianping.core.AuditedEvent;
import court.tianping.core.PageResult;
import court.tianping.core.SqlFilter;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log: one entry per change, written in the same transaction as the change itself so
 * that no change commits without its entry.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final CurrentUser currentUser;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    public record Entry(long id, LocalDateTime occurredAt, String actor, String action, String subjectType,
                        String subjectId, Long courtId, String before, String after) {
    }

    public record Filter(String actor, String action, String subjectType, String subjectId, LocalDate from,
                         LocalDate to) {
    }

    @EventListener
    @Transactional
    public void record(AuditedEvent event) {
        jdbc.sql("""
                insert into audit_log (occurred_at, actor, action, subject_type, subject_id, court_id,
                                       before_state, after_state)
                values (:at, :actor, :action, :type, :subject, :court, :before, :after)""")
                .param("at", LocalDateTime.now(clock))
                .param("actor", event.actor())
                .param("action", event.action())
                .param("type", event.subjectType())
                .param("subject", event.subjectId())
                .param("court", event.courtId())
                .param("before", toJson(event.before()))
                .param("after", toJson(event.after()))
                .update();
    }

    @PreAuthorize("hasAuthority('platform:audit:read')")
    public PageResult<Entry> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        SqlFilter scope = currentUser.scope().filter("a.court_id", null, null);
        if (currentUser.scope().level() != court.tianping.core.ScopeLevel.CITY) {
            where.append(" and ").append(scope.sql());
            params.putAll(scope.params());
        }
        condition(where, params, "a.actor = :actor", "actor", blankToNull(filter.actor()));
        condition(where, params, "a.action like :action", "action", like(filter.action()));
        condition(where, params, "a.subject_type = :subjectType", "subjectType", blankToNull(filter.subjectType()));
        condition(where, params, "a.subject_id = :subjectId", "subjectId", blankToNull(filter.subjectId()));
        condition(where, params, "a.occurred_at >= :from", "from", filter.from() == null ? null : filter.from().atStartOfDay());
        condition(where, params, "a.occurred_at < :to", "to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay());
        long total = jdbc.sql("select count(*) from audit_log a" + where).params(params).query(Long.class).single();
        List<Entry> entries = jdbc.sql("""
                select a.id, a.occurred_at, a.actor, a.action, a.subject_type, a.subject_id, a.court_id,
                       a.before_state, a.after_state
                from audit_log a""" + where + " order by a.occurred_at desc, a.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class),
                        rs.getString(8), rs.getString(9)))
                .list();
        return new PageResult<>(new ArrayList<>(entries), total, page, size);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String like(String value) {
        String v = blankToNull(value);
        return v == null ? null : v + "%";
    }

    private String toJson(Map<String, Object> state) {
        return state == null || state.isEmpty() ? null : json.writeValueAsString(state);
    }
}
