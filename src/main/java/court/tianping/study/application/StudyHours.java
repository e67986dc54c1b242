package court.tianping.study.application;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.core.SqlFilter;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Study hours and completion, computed from the records for a period (both days included): each held session
 * credits its length to every attendee on the day it began; each completed training class credits its hours
 * on the day of completion. Completion counts the enrolments in classes that began in the period.
 */
@Component
public class StudyHours {

    public static final int MAX_DAYS = 3 * 366;

    private static final String CREDITS = """
            select a.court_id, a.member_id, a.member_path, s.minutes as minutes, 1 as sessions, 0 as enrolled, 0 as completed
            from study_attendance a join study_session s on s.id = a.study_session
            where s.state = 'HELD' and s.starts_at >= :fromTime and s.starts_at < :toTime
            union all
            select e.court_id, e.member_id, e.member_path, c.hours * 60, 0, 0, 0
            from training_enrolment e join training_class c on c.id = e.training_class
            where e.completed_on >= :from and e.completed_on <= :to
            union all
            select e.court_id, e.member_id, e.member_path, 0, 0, 1, case when e.completed_on is null then 0 else 1 end
            from training_enrolment e join training_class c on c.id = e.training_class
            where c.starts_on >= :from and c.starts_on <= :to""";

    private final JdbcClient jdbc;
    private final StudyAccess access;
    private final StudyPeople people;

    StudyHours(JdbcClient jdbc, StudyAccess access, StudyPeople people) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
    }

    /** A period of days, both included. */
    public record Period(LocalDate from, LocalDate to) {

        public Period {
            if (from == null || to == null) {
                throw new DomainException("error.study.dates-required");
            }
            if (to.isBefore(from)) {
                throw new DomainException("error.study.ends-before-start");
            }
            if (from.plusDays(MAX_DAYS).isBefore(to)) {
                throw new DomainException("error.study.period-too-long");
            }
        }

        public static Period year(int year) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
    }

    /** Hours and completion of one member, one branch or one court. */
    public record Tally(Long id, String name, long minutes, long sessions, long enrolled, long completed, long members) {

        public BigDecimal hours() {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        }

        /** Completed enrolments in per cent, or null when nobody was enrolled. */
        public Integer completionRate() {
            return enrolled == 0 ? null : (int) Math.round(100.0 * completed / enrolled);
        }
    }

    record Row(Long id, String memberPath, long minutes, long sessions, long enrolled, long completed, long members) {
    }

    /** Per member within the user's scope, most hours first, paged in SQL. */
    public PageResult<Tally> members(Period period, int page, int size) {
        SqlFilter scope = access.memberRows("x");
        Map<String, Object> params = params(period, scope);
        String grouped = "select x.member_id as id, min(x.member_path) as member_path, sum(x.minutes) as minutes,"
                + " sum(x.sessions) as sessions, sum(x.enrolled) as enrolled, sum(x.completed) as completed, 1 as members"
                + " from (" + CREDITS + ") x where " + scope.sql() + " group by x.member_id";
        long total = jdbc.sql("select count(*) from (" + grouped + ") g").params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql(grouped + " order by minutes desc, id limit :size offset :offset").params(params)
                .param("size", size).param("offset", (long) page * size).query(Row.class).list();
        Map<Long, String> names = people.memberNames(rows.stream().map(Row::id).toList());
        return new PageResult<>(rows.stream().map(r -> new Tally(r.id(), names.getOrDefault(r.id(), ""), r.minutes(),
                r.sessions(), r.enrolled(), r.completed(), 1)).toList(), total, page, size);
    }

    /** One member's own figures for the period. */
    public Tally member(long memberId, Period period) {
        Map<String, Object> params = params(period, new SqlFilter("1 = 1", Map.of()));
        params.put("member", memberId);
        Row row = jdbc.sql("select x.member_id as id, min(x.member_path) as member_path, coalesce(sum(x.minutes), 0) as minutes,"
                        + " coalesce(sum(x.sessions), 0) as sessions, coalesce(sum(x.enrolled), 0) as enrolled,"
                        + " coalesce(sum(x.completed), 0) as completed, 1 as members from (" + CREDITS
                        + ") x where x.member_id = :member group by x.member_id")
                .params(params).query(Row.class).optional().orElse(new Row(memberId, null, 0, 0, 0, 0, 1));
        return new Tally(memberId, people.memberNames(List.of(memberId)).getOrDefault(memberId, ""), row.minutes(),
                row.sessions(), row.enrolled(), row.completed(), 1);
    }

    /** Per branch of the court, within the user's scope; members' rows are grouped in SQL by their organisation. */
    public List<Tally> branches(long courtId, Period period) {
        SqlFilter scope = access.memberRows("x");
        Map<String, Object> params = params(period, scope);
        params.put("court", courtId);
        List<Row> byOrganisation = jdbc.sql("select null as id, x.member_path, sum(x.minutes) as minutes, sum(x.sessions) as sessions,"
                        + " sum(x.enrolled) as enrolled, sum(x.completed) as completed, count(distinct x.member_id) as members"
                        + " from (" + CREDITS + ") x where x.court_id = :court and " + scope.sql() + " group by x.member_path")
                .params(params).query(Row.class).list();
        Map<Long, long[]> totals = new LinkedHashMap<>();
        List<Unit> branches = people.branches(courtId).stream().filter(b -> access.covers(courtId, b.path())
                || byOrganisation.stream().anyMatch(r -> r.memberPath().startsWith(b.path()))).toList();
        for (Unit branch : branches) {
            long[] sum = new long[5];
            for (Row row : byOrganisation) {
                if (row.memberPath().startsWith(branch.path())) {
                    sum[0] += row.minutes();
                    sum[1] += row.sessions();
                    sum[2] += row.enrolled();
                    sum[3] += row.completed();
                    sum[4] += row.members();
                }
            }
            totals.put(branch.id(), sum);
        }
        List<Tally> result = new ArrayList<>();
        for (Unit branch : branches) {
            long[] s = totals.get(branch.id());
            result.add(new Tally(branch.id(), branch.name(), s[0], s[1], s[2], s[3], s[4]));
        }
        return result;
    }

    /** Per court within the user's scope. */
    public List<Tally> courts(Period period, Map<Long, String> courtNames) {
        SqlFilter scope = access.memberRows("x");
        Map<String, Object> params = params(period, scope);
        List<Row> rows = jdbc.sql("select x.court_id as id, null as member_path, sum(x.minutes) as minutes, sum(x.sessions) as sessions,"
                        + " sum(x.enrolled) as enrolled, sum(x.completed) as completed, count(distinct x.member_id) as members"
                        + " from (" + CREDITS + ") x where " + scope.sql() + " group by x.court_id order by x.court_id")
                .params(params).query(Row.class).list();
        return rows.stream().map(r -> new Tally(r.id(), courtNames.getOrDefault(r.id(), ""), r.minutes(), r.sessions(),
                r.enrolled(), r.completed(), r.members())).toList();
    }

    private static Map<String, Object> params(Period period, SqlFilter scope) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("fromTime", period.from().atStartOfDay());
        params.put("toTime", period.to().plusDays(1).atStartOfDay());
        return params;
    }
}
