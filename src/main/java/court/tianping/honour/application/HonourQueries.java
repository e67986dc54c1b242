package court.tianping.honour.application;

import court.tianping.core.PageResult;
import court.tianping.core.SqlFilter;
import court.tianping.honour.HonourLevel;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Lists and figures of honours, volunteering and pioneer posts within the user's scope, filtered and paged in SQL. */
@Service
public class HonourQueries {

    public static final int EXPORT_LIMIT = 50_000;

    private final JdbcClient jdbc;
    private final HonourAccess access;
    private final HonourPeople people;

    HonourQueries(JdbcClient jdbc, HonourAccess access, HonourPeople people) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
    }

    public record HonourRow(long id, String title, String level, String awardedBy, LocalDate awardedOn, String documentNo,
                            Long organizationId, String organizationName, List<Long> memberIds, String recipients) {

        public boolean collective() {
            return memberIds.isEmpty();
        }
    }

    /** Honours and member-times (人次) honoured at one level in one year. */
    public record LevelYear(int awardYear, String level, long honours, long memberTimes) {
    }

    public record Figures(List<LevelYear> cells, List<Integer> years, Map<Integer, Map<String, LevelYear>> table,
                          long provincialOrAboveMemberTimes, long provincialOrAboveMembers) {

        public LevelYear cell(int year, String level) {
            return table.getOrDefault(year, Map.of()).get(level);
        }
    }

    public record TeamRow(long id, String name, long organizationId, String organizationName, LocalDate formedOn,
                          long volunteers, long services, BigDecimal hours) {
    }

    public record VolunteerRow(long memberId, String name, LocalDate joinedOn, long services, BigDecimal hours) {
    }

    public record ServiceRow(long id, LocalDate servedOn, String place, String description, long volunteers, BigDecimal hours) {
    }

    public record MemberHours(long memberId, String name, long services, BigDecimal hours) {
    }

    public record YearHours(int serviceYear, long services, BigDecimal hours) {
    }

    public record PostRow(long id, String name, long organizationId, String organizationName, LocalDate startsOn,
                          LocalDate endsOn, String commitments, String holders) {
    }

    private record Raw(long id, String title, String level, String awardedBy, LocalDate awardedOn, String documentNo,
                       Long organizationId) {
    }

    public PageResult<HonourRow> honours(Integer year, HonourLevel level, int page, int size) {
        SqlFilter scope = access.honours("h");
        StringBuilder where = new StringBuilder(" where ").append(scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (year != null) {
            where.append(" and h.awarded_on between :from and :to");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year, 12, 31));
        }
        if (level != null) {
            where.append(" and h.level = :level");
            params.put("level", level.name());
        }
        return honourPage(where.toString(), params, page, size);
    }

    /** The honours a member received. */
    public List<HonourRow> honoursOf(long memberId) {
        return honourPage(" where exists (select 1 from honour_recipient r where r.honour = h.id and r.member_id = :me)",
                Map.of("me", memberId), 0, 500).content();
    }

    private PageResult<HonourRow> honourPage(String where, Map<String, Object> params, int page, int size) {
        long total = jdbc.sql("select count(*) from honour h" + where).params(params).query(Long.class).single();
        List<Raw> raws = jdbc.sql("select h.id, h.title, h.level, h.awarded_by, h.awarded_on, h.document_no, h.organization_id"
                        + " from honour h" + where + " order by h.awarded_on desc, h.id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(Raw.class).list();
        Map<Long, List<Long>> recipients = recipients(raws.stream().map(Raw::id).toList());
        Map<Long, String> names = people.memberNames(recipients.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, String> units = people.unitNames(raws.stream().map(Raw::organizationId).filter(java.util.Objects::nonNull)
                .distinct().toList());
        List<HonourRow> rows = raws.stream().map(r -> {
            List<Long> ids = recipients.getOrDefault(r.id(), List.of());
            return new HonourRow(r.id(), r.title(), r.level(), r.awardedBy(), r.awardedOn(), r.documentNo(), r.organizationId(),
                    r.organizationId() == null ? null : units.get(r.organizationId()), ids,
                    ids.stream().map(id -> names.getOrDefault(id, "")).collect(Collectors.joining("、")));
        }).toList();
        return new PageResult<>(rows, total, page, size);
    }

    private Map<Long, List<Long>> recipients(Collection<Long> honourIds) {
        Map<Long, List<Long>> recipients = new HashMap<>();
        if (honourIds.isEmpty()) {
            return recipients;
        }
        jdbc.sql("select honour, member_id from honour_recipient where honour in (:ids) order by member_id")
                .param("ids", honourIds)
                .query((RowCallbackHandler) rs -> recipients.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        return recipients;
    }

    /** Honours and member-times per level and year, and those honoured at provincial level or above. */
    public Figures figures() {
        SqlFilter scope = access.honours("h");
        List<LevelYear> cells = jdbc.sql("""
                        select extract(year from h.awarded_on) as award_year, h.level, count(distinct h.id) as honours,
                               count(r.member_id) as member_times
                        from honour h left join honour_recipient r on r.honour = h.id where\s""" + scope.sql()
                        + " group by extract(year from h.awarded_on), h.level order by award_year desc")
                .params(scope.params()).query(LevelYear.class).list();
        Map<Integer, Map<String, LevelYear>> table = new TreeMap<>(java.util.Comparator.reverseOrder());
        cells.forEach(c -> table.computeIfAbsent(c.awardYear(), y -> new LinkedHashMap<>()).put(c.level(), c));
        long times = cells.stream().filter(c -> HonourLevel.valueOf(c.level()).provincialOrAbove())
                .mapToLong(LevelYear::memberTimes).sum();
        long members = jdbc.sql("select count(distinct r.member_id) from honour h join honour_recipient r on r.honour = h.id"
                        + " where h.level in ('NATIONAL', 'PROVINCIAL') and " + scope.sql())
                .params(scope.params()).query(Long.class).single();
        return new Figures(cells, new ArrayList<>(table.keySet()), table, times, members);
    }

    public List<HonourRow> export(Integer year, HonourLevel level) {
        return honours(year, level, 0, EXPORT_LIMIT).content();
    }

    public List<TeamRow> teams(int year) {
        SqlFilter scope = access.organisationRecords("t");
        List<TeamRow> rows = jdbc.sql("""
                        select t.id, t.name, t.organization_id, '' as organization_name, t.formed_on,
                               (select count(*) from volunteer v where v.volunteer_team = t.id) as volunteers,
                               (select count(*) from volunteer_service s where s.team_id = t.id
                                  and s.served_on between :from and :to) as services,
                               (select coalesce(sum(h.hours), 0) from volunteer_service s join volunteer_hours h
                                  on h.volunteer_service = s.id where s.team_id = t.id and s.served_on between :from and :to) as hours
                        from volunteer_team t where\s""" + scope.sql() + " order by t.name")
                .params(scope.params()).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(TeamRow.class).list();
        Map<Long, String> names = people.unitNames(rows.stream().map(TeamRow::organizationId).distinct().toList());
        return rows.stream().map(r -> new TeamRow(r.id(), r.name(), r.organizationId(), names.getOrDefault(r.organizationId(), ""),
                r.formedOn(), r.volunteers(), r.services(), r.hours())).toList();
    }

    public List<VolunteerRow> volunteers(long teamId, int year) {
        List<VolunteerRow> rows = jdbc.sql("""
                        select v.member_id, '' as name, v.joined_on,
                               (select count(*) from volunteer_service s join volunteer_hours h on h.volunteer_service = s.id
                                 where s.team_id = v.volunteer_team and h.member_id = v.member_id
                                   and s.served_on between :from and :to) as services,
                               (select coalesce(sum(h.hours), 0) from volunteer_service s join volunteer_hours h on h.volunteer_service = s.id
                                 where s.team_id = v.volunteer_team and h.member_id = v.member_id
                                   and s.served_on between :from and :to) as hours
                        from volunteer v where v.volunteer_team = :team order by hours desc, v.member_id""")
                .param("team", teamId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(VolunteerRow.class).list();
        Map<Long, String> names = people.memberNames(rows.stream().map(VolunteerRow::memberId).toList());
        return rows.stream().map(r -> new VolunteerRow(r.memberId(), names.getOrDefault(r.memberId(), ""), r.joinedOn(),
                r.services(), r.hours())).toList();
    }

    public PageResult<ServiceRow> services(long teamId, int page, int size) {
        long total = jdbc.sql("select count(*) from volunteer_service where team_id = :team").param("team", teamId)
                .query(Long.class).single();
        List<ServiceRow> rows = jdbc.sql("""
                        select s.id, s.served_on, s.place, s.description,
                               (select count(*) from volunteer_hours h where h.volunteer_service = s.id) as volunteers,
                               (select coalesce(sum(h.hours), 0) from volunteer_hours h where h.volunteer_service = s.id) as hours
                        from volunteer_service s where s.team_id = :team
                        order by s.served_on desc, s.id desc limit :size offset :offset""")
                .param("team", teamId).param("size", size).param("offset", (long) page * size).query(ServiceRow.class).list();
        return new PageResult<>(rows, total, page, size);
    }

    /** Volunteer hours per member within scope in a year, most first, paged. */
    public PageResult<MemberHours> memberHours(int year, int page, int size) {
        SqlFilter scope = access.memberRows("h");
        String from = " from volunteer_hours h join volunteer_service s on s.id = h.volunteer_service where " + scope.sql()
                + " and s.served_on between :from and :to";
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("from", LocalDate.of(year, 1, 1));
        params.put("to", LocalDate.of(year, 12, 31));
        long total = jdbc.sql("select count(distinct h.member_id)" + from).params(params).query(Long.class).single();
        List<MemberHours> rows = jdbc.sql("select h.member_id, '' as name, count(*) as services, sum(h.hours) as hours" + from
                        + " group by h.member_id order by hours desc, h.member_id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(MemberHours.class).list();
        Map<Long, String> names = people.memberNames(rows.stream().map(MemberHours::memberId).toList());
        return new PageResult<>(rows.stream().map(r -> new MemberHours(r.memberId(), names.getOrDefault(r.memberId(), ""),
                r.services(), r.hours())).toList(), total, page, size);
    }

    /** A member's own volunteer hours per year, latest first. */
    public List<YearHours> hoursOf(long memberId) {
        return jdbc.sql("""
                        select extract(year from s.served_on) as service_year, count(*) as services, sum(h.hours) as hours
                        from volunteer_hours h join volunteer_service s on s.id = h.volunteer_service where h.member_id = :me
                        group by extract(year from s.served_on) order by service_year desc""")
                .param("me", memberId).query(YearHours.class).list();
    }

    public List<PostRow> posts() {
        SqlFilter scope = access.organisationRecords("p");
        return posts(" where " + scope.sql(), scope.params());
    }

    public List<PostRow> postsOf(long memberId) {
        return posts(" where exists (select 1 from pioneer_post_holder ph where ph.pioneer_post = p.id and ph.member_id = :me)",
                Map.of("me", memberId));
    }

    private List<PostRow> posts(String where, Map<String, Object> params) {
        List<PostRow> rows = jdbc.sql("select p.id, p.name, p.organization_id, '' as organization_name, p.starts_on, p.ends_on,"
                        + " p.commitments, '' as holders from pioneer_post p" + where + " order by p.starts_on desc, p.id desc limit 500")
                .params(params).query(PostRow.class).list();
        Map<Long, List<Long>> holders = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("select pioneer_post, member_id from pioneer_post_holder where pioneer_post in (:ids) order by member_id")
                    .param("ids", rows.stream().map(PostRow::id).toList())
                    .query((RowCallbackHandler) rs -> holders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        }
        Map<Long, String> names = people.memberNames(holders.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, String> units = people.unitNames(rows.stream().map(PostRow::organizationId).distinct().toList());
        return rows.stream().map(r -> new PostRow(r.id(), r.name(), r.organizationId(), units.getOrDefault(r.organizationId(), ""),
                r.startsOn(), r.endsOn(), r.commitments(), holders.getOrDefault(r.id(), List.of()).stream()
                        .map(id -> names.getOrDefault(id, "")).collect(Collectors.joining("、")))).toList();
    }
}
