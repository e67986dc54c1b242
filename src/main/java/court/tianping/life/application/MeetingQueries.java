package court.tianping.life.application;

import court.tianping.core.PageResult;
import court.tianping.core.SqlFilter;
import court.tianping.life.AttendanceStatus;
import court.tianping.life.MeetingState;
import court.tianping.life.MeetingType;
import court.tianping.life.domain.Attendee;
import court.tianping.life.domain.Meeting;
import court.tianping.organization.OrganizationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists of meetings filtered and paged in SQL within the user's scope, and the detail of one. */
@Service
public class MeetingQueries {

    private static final String COLUMNS = """
            select m.id, m.court_id, m.type, m.state, m.topic, m.place, m.starts_at, m.ends_at, m.organization_id,
                   (select count(*) from meeting_attendee a where a.meeting = m.id and not a.invited) as expected,
                   (select count(*) from meeting_attendee a where a.meeting = m.id and a.invited) as invited,
                   (select count(*) from meeting_attendee a where a.meeting = m.id and a.status in ('PRESENT', 'LATE')) as attended
            from meeting m where\s""";

    private final JdbcClient jdbc;
    private final MeetingAccess access;
    private final MeetingFiles files;
    private final OrganizationDirectory directory;

    MeetingQueries(JdbcClient jdbc, MeetingAccess access, MeetingFiles files, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.access = access;
        this.files = files;
        this.directory = directory;
    }

    @PreAuthorize("hasAuthority('life:read')")
    public PageResult<MeetingRow> list(MeetingFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from meeting m where " + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) Math.max(page, 0) * size);
        List<MeetingRow> rows = jdbc.sql(COLUMNS + where + " order by m.starts_at desc, m.id desc limit :limit offset :offset")
                .params(params).query(MeetingQueries::row).list();
        return new PageResult<>(withNames(rows), total, page, size);
    }

    /** Every meeting of the period within the user's scope, oldest first, for the register. */
    @PreAuthorize("hasAuthority('life:compliance')")
    public List<MeetingRow> register(LocalDateTime from, LocalDateTime to) {
        Map<String, Object> params = new HashMap<>();
        String where = where(new MeetingFilter(null, null, null, null, null, null), params)
                + " and m.starts_at >= :rFrom and m.starts_at < :rTo";
        params.put("rFrom", from);
        params.put("rTo", to);
        return withNames(jdbc.sql(COLUMNS + where + " order by m.starts_at, m.id").params(params)
                .query(MeetingQueries::row).list());
    }

    /** A meeting in a member's own record, with how they took part. */
    public record OwnMeeting(MeetingRow meeting, boolean invited, AttendanceStatus status, String reason) {
    }

    /** The meetings a member is on the roster of or invited to: their own record. */
    public List<OwnMeeting> ofMember(long memberId, int limit) {
        Map<Long, OwnMeeting> own = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select x.meeting, x.invited, x.status, x.reason from meeting_attendee x join meeting m on m.id = x.meeting
                        where x.member_id = :me order by m.starts_at desc, m.id desc limit :limit""")
                .param("me", memberId).param("limit", limit)
                .query((rs, n) -> own.put(rs.getLong(1), new OwnMeeting(null, rs.getBoolean(2),
                        rs.getString(3) == null ? null : AttendanceStatus.valueOf(rs.getString(3)), rs.getString(4))))
                .list();
        if (own.isEmpty()) {
            return List.of();
        }
        List<MeetingRow> rows = withNames(jdbc.sql(COLUMNS + "m.id in (:ids) order by m.starts_at desc, m.id desc")
                .param("ids", own.keySet()).query(MeetingQueries::row).list());
        return rows.stream().map(r -> {
            OwnMeeting o = own.get(r.id());
            return new OwnMeeting(r, o.invited(), o.status(), o.reason());
        }).toList();
    }

    @PreAuthorize("hasAuthority('life:read')")
    public MeetingView view(long id) {
        Meeting meeting = access.visible(id);
        List<Long> memberIds = meeting.attendees().stream().map(Attendee::memberId).toList();
        Map<Long, String> names = directory.memberNames(memberIds);
        Map<Long, String> hostNames = directory.unitNames(meeting.hostIds());
        List<MeetingView.Person> people = new ArrayList<>(meeting.attendees().stream()
                .map(a -> new MeetingView.Person(a.memberId(), names.getOrDefault(a.memberId(), "#" + a.memberId()),
                        a.invited(), a.status(), a.reason()))
                .toList());
        people.sort(Comparator.comparing(MeetingView.Person::invited).thenComparing(MeetingView.Person::name));
        return new MeetingView(meeting, meeting.hostIds().stream().map(h -> hostNames.getOrDefault(h, "#" + h)).toList(),
                people, files.list(id), meeting.resolutions(), access.canManage(meeting), access.canPublish(meeting));
    }

    private String where(MeetingFilter filter, Map<String, Object> params) {
        SqlFilter scope = access.filter("m");
        params.putAll(scope.params());
        StringBuilder where = new StringBuilder(scope.sql());
        if (filter.type() != null) {
            where.append(" and m.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.state() != null) {
            where.append(" and m.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.organizationId() != null) {
            where.append(" and exists (select 1 from meeting_host fh where fh.meeting = m.id and fh.organization_id = :org)");
            params.put("org", filter.organizationId());
        }
        if (filter.from() != null) {
            where.append(" and m.starts_at >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and m.starts_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and m.topic like :q");
            params.put("q", "%" + filter.q().strip().replace("%", "").replace("_", "") + "%");
        }
        return where.toString();
    }

    private List<MeetingRow> withNames(List<MeetingRow> rows) {
        Map<Long, String> names = directory.unitNames(rows.stream().map(MeetingRow::organizationId).distinct().toList());
        return rows.stream().map(r -> new MeetingRow(r.id(), r.courtId(), r.type(), r.state(), r.topic(), r.place(),
                r.startsAt(), r.endsAt(), r.organizationId(), names.getOrDefault(r.organizationId(), ""), r.expected(),
                r.invited(), r.attended())).toList();
    }

    private static MeetingRow row(ResultSet rs, int n) throws SQLException {
        return new MeetingRow(rs.getLong("id"), rs.getLong("court_id"), MeetingType.valueOf(rs.getString("type")),
                MeetingState.valueOf(rs.getString("state")), rs.getString("topic"), rs.getString("place"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
                rs.getLong("organization_id"), null, rs.getInt("expected"), rs.getInt("invited"), rs.getInt("attended"));
    }
}
