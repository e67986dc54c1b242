package court.tianping.study.application;

import court.tianping.core.SqlFilter;
import court.tianping.study.application.StudyHours.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The study register of a period as the Party-affairs office files it: the sessions held, and the inspections. */
@Component
public class StudyRegister {

    public static final int MAX_ROWS = 10_000;

    private final JdbcClient jdbc;
    private final StudyAccess access;
    private final StudyPeople people;

    StudyRegister(JdbcClient jdbc, StudyAccess access, StudyPeople people) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
    }

    public record SessionEntry(LocalDateTime startsAt, LocalDateTime endsAt, String kind, String title,
                               String organization, String leader, String place, int minutes, List<String> attendees,
                               String summary) {
    }

    public record InspectionEntry(LocalDate plannedOn, LocalDate inspectedOn, String organization, String method,
                                  String inspector, String summary, String finding, String findingState, String followUp) {
    }

    record SessionRow(long id, LocalDateTime startsAt, LocalDateTime endsAt, String kind, String title,
                      long organizationId, Long leaderMemberId, String place, int minutes, String summary) {
    }

    record InspectionRow(long organizationId, long inspectorMemberId, LocalDate plannedOn, LocalDate inspectedOn,
                         String method, String summary, String text, String findingState, String followUp) {
    }

    public List<SessionEntry> sessions(Period period) {
        SqlFilter scope = access.records("s");
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("fromTime", period.from().atStartOfDay());
        params.put("toTime", period.to().plusDays(1).atStartOfDay());
        List<SessionRow> rows = jdbc.sql("""
                        select s.id, s.starts_at, s.ends_at, s.kind, s.title, s.organization_id, s.leader_member_id, s.place,
                               s.minutes, s.summary
                        from study_session s
                        where s.state = 'HELD' and s.starts_at >= :fromTime and s.starts_at < :toTime and\s""" + scope.sql()
                        + " order by s.starts_at, s.id limit " + MAX_ROWS)
                .params(params).query(SessionRow.class).list();
        Map<Long, List<Long>> attendance = new HashMap<>();
        Set<Long> memberIds = new HashSet<>();
        if (!rows.isEmpty()) {
            jdbc.sql("""
                            select a.study_session, a.member_id from study_attendance a join study_session s on s.id = a.study_session
                            where s.state = 'HELD' and s.starts_at >= :fromTime and s.starts_at < :toTime and\s""" + scope.sql()
                            + " order by a.study_session, a.member_id")
                    .params(params).query((rs, n) -> {
                        attendance.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                        memberIds.add(rs.getLong(2));
                        return null;
                    }).list();
        }
        rows.forEach(r -> {
            if (r.leaderMemberId() != null) {
                memberIds.add(r.leaderMemberId());
            }
        });
        Map<Long, String> names = people.memberNames(memberIds);
        Map<Long, String> units = people.unitNames(rows.stream().map(SessionRow::organizationId).distinct().toList());
        return rows.stream().map(r -> new SessionEntry(r.startsAt(), r.endsAt(), r.kind(), r.title(),
                units.getOrDefault(r.organizationId(), ""),
                r.leaderMemberId() == null ? "" : names.getOrDefault(r.leaderMemberId(), ""), r.place(), r.minutes(),
                attendance.getOrDefault(r.id(), List.of()).stream().map(id -> names.getOrDefault(id, "")).toList(),
                r.summary())).toList();
    }

    public List<InspectionEntry> inspections(Period period) {
        SqlFilter scope = access.records("i");
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("from", period.from());
        params.put("to", period.to());
        List<InspectionRow> rows = jdbc.sql("""
                        select i.organization_id, i.inspector_member_id, i.planned_on, i.inspected_on, i.method, i.summary,
                               f.text, f.state as finding_state, f.follow_up
                        from study_inspection i left join study_finding f on f.study_inspection = i.id
                        where i.planned_on >= :from and i.planned_on <= :to and\s""" + scope.sql()
                        + " order by i.planned_on, i.id, f.seq limit " + MAX_ROWS)
                .params(params).query(InspectionRow.class).list();
        Map<Long, String> names = people.memberNames(rows.stream().map(InspectionRow::inspectorMemberId).distinct().toList());
        Map<Long, String> units = people.unitNames(rows.stream().map(InspectionRow::organizationId).distinct().toList());
        return rows.stream().map(r -> new InspectionEntry(r.plannedOn(), r.inspectedOn(),
                units.getOrDefault(r.organizationId(), ""), r.method(), names.getOrDefault(r.inspectorMemberId(), ""),
                r.summary(), r.text(), r.findingState(), r.followUp())).toList();
    }
}
