package court.tianping.study.application;

import court.tianping.core.PageResult;
import court.tianping.core.SqlFilter;
import court.tianping.study.StudyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The study lists, filtered by the user's scope and paged in SQL. */
@Component
public class StudyQueries {

    private final JdbcClient jdbc;
    private final StudyAccess access;
    private final StudyPeople people;

    StudyQueries(JdbcClient jdbc, StudyAccess access, StudyPeople people) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
    }

    public record SessionRow(long id, String kind, String state, String title, LocalDateTime startsAt, int minutes,
                             long organizationId, String organizationName, long attendees) {
    }

    public record InspectionRow(long id, long organizationId, String organizationName, String method, String state,
                                LocalDate plannedOn, LocalDate inspectedOn, long findings, long openFindings) {
    }

    public record ClassRow(long id, String name, LocalDate startsOn, LocalDate endsOn, int hours, long enrolled,
                           long completed) {
    }

    public record GroupRow(long id, String name, long organizationId, String organizationName, LocalDate formedOn,
                           long members, long sessions) {
    }

    public record SeriesRow(long id, String name, long lectures, long attendance) {
    }

    public PageResult<SessionRow> sessions(StudyKind kind, LocalDate from, LocalDate to, int page, int size) {
        SqlFilter scope = access.sessions("s");
        StringBuilder where = new StringBuilder(" where ").append(scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (kind != null) {
            where.append(" and s.kind = :kind");
            params.put("kind", kind.name());
        }
        if (from != null) {
            where.append(" and s.starts_at >= :from");
            params.put("from", from.atStartOfDay());
        }
        if (to != null) {
            where.append(" and s.starts_at < :to");
            params.put("to", to.plusDays(1).atStartOfDay());
        }
        long total = jdbc.sql("select count(*) from study_session s" + where).params(params).query(Long.class).single();
        List<SessionRow> rows = jdbc.sql("""
                        select s.id, s.kind, s.state, s.title, s.starts_at, s.minutes, s.organization_id, '' as organization_name,
                               (select count(*) from study_attendance a where a.study_session = s.id) as attendees
                        from study_session s""" + where + " order by s.starts_at desc, s.id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(SessionRow.class).list();
        Map<Long, String> names = people.unitNames(rows.stream().map(SessionRow::organizationId).distinct().toList());
        return new PageResult<>(rows.stream().map(r -> new SessionRow(r.id(), r.kind(), r.state(), r.title(), r.startsAt(),
                r.minutes(), r.organizationId(), names.getOrDefault(r.organizationId(), ""), r.attendees())).toList(),
                total, page, size);
    }

    public PageResult<InspectionRow> inspections(int page, int size) {
        SqlFilter scope = access.records("i");
        long total = jdbc.sql("select count(*) from study_inspection i where " + scope.sql()).params(scope.params())
                .query(Long.class).single();
        List<InspectionRow> rows = jdbc.sql("""
                        select i.id, i.organization_id, '' as organization_name, i.method, i.state, i.planned_on, i.inspected_on,
                               (select count(*) from study_finding f where f.study_inspection = i.id) as findings,
                               (select count(*) from study_finding f where f.study_inspection = i.id and f.state <> 'CLOSED') as open_findings
                        from study_inspection i where\s""" + scope.sql()
                        + " order by i.planned_on desc, i.id desc limit :size offset :offset")
                .params(scope.params()).param("size", size).param("offset", (long) page * size)
                .query(InspectionRow.class).list();
        Map<Long, String> names = people.unitNames(rows.stream().map(InspectionRow::organizationId).distinct().toList());
        return new PageResult<>(rows.stream().map(r -> new InspectionRow(r.id(), r.organizationId(),
                names.getOrDefault(r.organizationId(), ""), r.method(), r.state(), r.plannedOn(), r.inspectedOn(),
                r.findings(), r.openFindings())).toList(), total, page, size);
    }

    public PageResult<ClassRow> classes(int page, int size) {
        SqlFilter scope = access.records("c");
        long total = jdbc.sql("select count(*) from training_class c where " + scope.sql()).params(scope.params())
                .query(Long.class).single();
        List<ClassRow> rows = jdbc.sql("""
                        select c.id, c.name, c.starts_on, c.ends_on, c.hours,
                               (select count(*) from training_enrolment e where e.training_class = c.id) as enrolled,
                               (select count(*) from training_enrolment e where e.training_class = c.id and e.completed_on is not null) as completed
                        from training_class c where\s""" + scope.sql()
                        + " order by c.starts_on desc, c.id desc limit :size offset :offset")
                .params(scope.params()).param("size", size).param("offset", (long) page * size).query(ClassRow.class).list();
        return new PageResult<>(rows, total, page, size);
    }

    public List<GroupRow> groups() {
        SqlFilter scope = access.records("g");
        List<GroupRow> rows = jdbc.sql("""
                        select g.id, g.name, g.organization_id, '' as organization_name, g.formed_on,
                               (select count(*) from youth_study_group_member m where m.youth_study_group = g.id) as members,
                               (select count(*) from study_session s where s.youth_group_id = g.id and s.state = 'HELD') as sessions
                        from youth_study_group g where\s""" + scope.sql() + " order by g.name limit 200")
                .params(scope.params()).query(GroupRow.class).list();
        Map<Long, String> names = people.unitNames(rows.stream().map(GroupRow::organizationId).distinct().toList());
        return rows.stream().map(r -> new GroupRow(r.id(), r.name(), r.organizationId(),
                names.getOrDefault(r.organizationId(), ""), r.formedOn(), r.members(), r.sessions())).toList();
    }

    public List<SeriesRow> series() {
        SqlFilter scope = access.records("x");
        return jdbc.sql("""
                        select x.id, x.name,
                               (select count(*) from study_session s where s.series_id = x.id and s.state = 'HELD') as lectures,
                               (select count(*) from study_attendance a join study_session s on s.id = a.study_session
                                where s.series_id = x.id and s.state = 'HELD') as attendance
                        from study_series x where\s""" + scope.sql() + " order by x.name limit 200")
                .params(scope.params()).query(SeriesRow.class).list();
    }

    /** Youth groups and series to choose from when a session is planned. */
    public record Choice(long id, String name) {
    }

    public List<Choice> groupChoices() {
        SqlFilter scope = access.records("g");
        return jdbc.sql("select g.id, g.name from youth_study_group g where " + scope.sql() + " order by g.name limit 200")
                .params(scope.params()).query(Choice.class).list();
    }

    public List<Choice> seriesChoices() {
        SqlFilter scope = access.records("x");
        return jdbc.sql("select x.id, x.name from study_series x where " + scope.sql() + " order by x.name limit 200")
                .params(scope.params()).query(Choice.class).list();
    }

    /** What one member took part in: sessions attended in the period, classes enrolled in, youth groups joined. */
    public record MySession(long id, String kind, String title, LocalDateTime startsAt, int minutes) {
    }

    public record MyClass(long id, String name, LocalDate startsOn, LocalDate endsOn, int hours, LocalDate completedOn) {
    }

    public List<MySession> attended(long memberId, StudyHours.Period period) {
        return jdbc.sql("""
                        select s.id, s.kind, s.title, s.starts_at, s.minutes from study_session s
                        join study_attendance a on a.study_session = s.id
                        where a.member_id = :member and s.state = 'HELD' and s.starts_at >= :fromTime and s.starts_at < :toTime
                        order by s.starts_at desc limit 500""")
                .param("member", memberId).param("fromTime", period.from().atStartOfDay())
                .param("toTime", period.to().plusDays(1).atStartOfDay()).query(MySession.class).list();
    }

    public List<MyClass> classesOf(long memberId) {
        return jdbc.sql("""
                        select c.id, c.name, c.starts_on, c.ends_on, c.hours, e.completed_on from training_class c
                        join training_enrolment e on e.training_class = c.id where e.member_id = :member
                        order by c.starts_on desc limit 200""")
                .param("member", memberId).query(MyClass.class).list();
    }

    public List<Choice> groupsOf(long memberId) {
        return jdbc.sql("""
                        select g.id, g.name from youth_study_group g join youth_study_group_member m on m.youth_study_group = g.id
                        where m.member_id = :member order by g.name""")
                .param("member", memberId).query(Choice.class).list();
    }
}
