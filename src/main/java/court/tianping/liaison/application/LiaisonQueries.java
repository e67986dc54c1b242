package court.tianping.liaison.application;

import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.core.SqlFilter;
import court.tianping.liaison.SuggestionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists of liaison records within the user's scope, filtered and paged in SQL. */
@Service
public class LiaisonQueries {

    /** At most this many suggestions go into one register export. */
    public static final int REGISTER_LIMIT = 50_000;

    private final JdbcClient jdbc;
    private final LiaisonAccess access;
    private final LiaisonPeople people;
    private final Clock clock;

    LiaisonQueries(JdbcClient jdbc, LiaisonAccess access, LiaisonPeople people, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.clock = clock;
    }

    public record UnitRow(long id, String name, String kind, String district, String street, String contactName,
                          String contactPhone, long judges) {
    }

    public record LiaisonRow(long id, long unitId, String unitName, String unitKind, String district, String street,
                             String contactName, String contactPhone, long judgeMemberId, String judgeName,
                             LocalDate startsOn, LocalDate endsOn, boolean active) {
    }

    public record SuggestionRow(long id, long unitId, String unitName, long judgeMemberId, String judgeName, String subject,
                                LocalDate issuedOn, LocalDate replyDue, String state, LocalDate repliedOn,
                                LocalDate decidedOn, String reply, boolean overdue) {
    }

    public record VisitRow(long id, String unitName, long judgeMemberId, String judgeName, LocalDate visitedOn,
                           String topics, long followUps, long openFollowUps) {
    }

    public record ResolutionRow(long id, String unitName, long judgeMemberId, String judgeName, LocalDate resolvedOn,
                                String summary) {
    }

    /** Filters of the lists: one judge (or all in scope), a period (both days included), a state. */
    public record Filter(Long judgeMemberId, LocalDate from, LocalDate to, SuggestionState state) {

        public static Filter judge(Long judgeMemberId) {
            return new Filter(judgeMemberId, null, null, null);
        }
    }

    public PageResult<UnitRow> units(String search, int page, int size) {
        SqlFilter scope = access.units("u");
        String where = " where " + scope.sql();
        Map<String, Object> params = new HashMap<>(scope.params());
        if (search != null && !search.isBlank()) {
            where += " and lower(u.name) like :search";
            params.put("search", "%" + search.strip().toLowerCase() + "%");
        }
        long total = jdbc.sql("select count(*) from liaison_unit u" + where).params(params).query(Long.class).single();
        List<UnitRow> rows = jdbc.sql("""
                        select u.id, u.name, u.kind, u.district, u.street, u.contact_name, u.contact_phone,
                               (select count(*) from liaison l where l.unit_id = u.id
                                 and (l.ends_on is null or l.ends_on >= :today) and l.starts_on <= :today) as judges
                        from liaison_unit u""" + where + " order by u.name, u.id limit :size offset :offset")
                .params(params).param("today", today()).param("size", size).param("offset", (long) page * size)
                .query(UnitRow.class).list();
        return new PageResult<>(rows.stream().map(r -> new UnitRow(r.id(), r.name(), r.kind(), r.district(), r.street(),
                r.contactName(), PersonalData.maskPhone(r.contactPhone()), r.judges())).toList(), total, page, size);
    }

    /** The liaisons of a judge, or of a unit, within scope; current ones first. */
    public List<LiaisonRow> liaisons(Long judgeMemberId, Long unitId) {
        SqlFilter scope = access.judgeRows("l");
        StringBuilder where = new StringBuilder(" where ").append(scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (judgeMemberId != null) {
            where.append(" and l.judge_member_id = :judge");
            params.put("judge", judgeMemberId);
        }
        if (unitId != null) {
            where.append(" and l.unit_id = :unit");
            params.put("unit", unitId);
        }
        List<LiaisonRow> rows = jdbc.sql("""
                        select l.id, l.unit_id, u.name as unit_name, u.kind as unit_kind, u.district, u.street, u.contact_name,
                               u.contact_phone, l.judge_member_id, '' as judge_name, l.starts_on, l.ends_on,
                               case when l.starts_on <= :today and (l.ends_on is null or l.ends_on >= :today) then true else false end as active
                        from liaison l join liaison_unit u on u.id = l.unit_id""" + where
                        + " order by active desc, u.name, l.starts_on desc limit 500")
                .params(params).param("today", today()).query(LiaisonRow.class).list();
        Map<Long, String> names = people.memberNames(rows.stream().map(LiaisonRow::judgeMemberId).distinct().toList());
        return rows.stream().map(r -> new LiaisonRow(r.id(), r.unitId(), r.unitName(), r.unitKind(), r.district(), r.street(),
                r.contactName(), PersonalData.maskPhone(r.contactPhone()), r.judgeMemberId(),
                names.getOrDefault(r.judgeMemberId(), ""), r.startsOn(), r.endsOn(), r.active())).toList();
    }

    public PageResult<SuggestionRow> suggestions(Filter filter, int page, int size) {
        Query q = query("s", "s.issued_on", filter);
        if (filter.state() != null) {
            q = q.and("s.state = :state", "state", filter.state().name());
        }
        long total = jdbc.sql("select count(*) from judicial_suggestion s" + q.where()).params(q.params()).query(Long.class).single();
        List<SuggestionRow> rows = jdbc.sql("""
                        select s.id, s.unit_id, u.name as unit_name, s.judge_member_id, '' as judge_name, s.subject, s.issued_on,
                               s.reply_due, s.state, s.replied_on, s.decided_on, s.reply,
                               case when (s.replied_on is null and s.reply_due < :today) or s.replied_on > s.reply_due
                                    then true else false end as overdue
                        from judicial_suggestion s join liaison_unit u on u.id = s.unit_id""" + q.where()
                        + " order by s.issued_on desc, s.id desc limit :size offset :offset")
                .params(q.params()).param("today", today()).param("size", size).param("offset", (long) page * size)
                .query(SuggestionRow.class).list();
        Map<Long, String> names = people.memberNames(rows.stream().map(SuggestionRow::judgeMemberId).distinct().toList());
        return new PageResult<>(rows.stream().map(r -> new SuggestionRow(r.id(), r.unitId(), r.unitName(), r.judgeMemberId(),
                names.getOrDefault(r.judgeMemberId(), ""), r.subject(), r.issuedOn(), r.replyDue(), r.state(), r.repliedOn(),
                r.decidedOn(), r.reply(), r.overdue())).toList(), total, page, size);
    }

    public PageResult<VisitRow> visits(Filter filter, int page, int size) {
        Query q = query("v", "v.visited_on", filter);
        long total = jdbc.sql("select count(*) from liaison_visit v" + q.where()).params(q.params()).query(Long.class).single();
        List<VisitRow> rows = jdbc.sql("""
                        select v.id, u.name as unit_name, v.judge_member_id, '' as judge_name, v.visited_on, v.topics,
                               (select count(*) from liaison_follow_up f where f.liaison_visit = v.id) as follow_ups,
                               (select count(*) from liaison_follow_up f where f.liaison_visit = v.id and f.state = 'OPEN') as open_follow_ups
                        from liaison_visit v join liaison_unit u on u.id = v.unit_id""" + q.where()
                        + " order by v.visited_on desc, v.id desc limit :size offset :offset")
                .params(q.params()).param("size", size).param("offset", (long) page * size).query(VisitRow.class).list();
        Map<Long, String> names = people.memberNames(rows.stream().map(VisitRow::judgeMemberId).distinct().toList());
        return new PageResult<>(rows.stream().map(r -> new VisitRow(r.id(), r.unitName(), r.judgeMemberId(),
                names.getOrDefault(r.judgeMemberId(), ""), r.visitedOn(), r.topics(), r.followUps(), r.openFollowUps()))
                .toList(), total, page, size);
    }

    public PageResult<ResolutionRow> resolutions(Filter filter, int page, int size) {
        Query q = query("r", "r.resolved_on", filter);
        long total = jdbc.sql("select count(*) from liaison_resolution r" + q.where()).params(q.params()).query(Long.class).single();
        List<ResolutionRow> rows = jdbc.sql("""
                        select r.id, u.name as unit_name, r.judge_member_id, '' as judge_name, r.resolved_on, r.summary
                        from liaison_resolution r join liaison_unit u on u.id = r.unit_id""" + q.where()
                        + " order by r.resolved_on desc, r.id desc limit :size offset :offset")
                .params(q.params()).param("size", size).param("offset", (long) page * size).query(ResolutionRow.class).list();
        Map<Long, String> names = people.memberNames(rows.stream().map(ResolutionRow::judgeMemberId).distinct().toList());
        return new PageResult<>(rows.stream().map(r -> new ResolutionRow(r.id(), r.unitName(), r.judgeMemberId(),
                names.getOrDefault(r.judgeMemberId(), ""), r.resolvedOn(), r.summary())).toList(), total, page, size);
    }

    /** The suggestions register of a period, for the export. */
    public List<SuggestionRow> register(LocalDate from, LocalDate to) {
        return suggestions(new Filter(null, from, to, null), 0, REGISTER_LIMIT).content();
    }

    private Query query(String alias, String dayColumn, Filter filter) {
        SqlFilter scope = access.judgeRows(alias);
        Query q = new Query(" where " + scope.sql(), new HashMap<>(scope.params()));
        if (filter.judgeMemberId() != null) {
            q = q.and(alias + ".judge_member_id = :judge", "judge", filter.judgeMemberId());
        }
        if (filter.from() != null) {
            q = q.and(dayColumn + " >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            q = q.and(dayColumn + " <= :to", "to", filter.to());
        }
        return q;
    }

    private record Query(String where, Map<String, Object> params) {

        Query and(String condition, String name, Object value) {
            Map<String, Object> more = new HashMap<>(params);
            more.put(name, value);
            return new Query(where + " and " + condition, more);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The name of a unit, for the pages of records that the user already may see. */
    public String unitName(long unitId) {
        return jdbc.sql("select name from liaison_unit where id = :id").param("id", unitId).query(String.class)
                .optional().orElse("");
    }
}
