package court.tianping.supervision.application;

import court.tianping.core.NotFoundException;
import court.tianping.core.SqlFilter;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.platform.Notifications;
import court.tianping.platform.Notifications.Recipient;
import court.tianping.platform.Role;
import court.tianping.supervision.ArchiveCounts;
import court.tianping.supervision.WeeklyFeedbackReportGenerated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 每周评价反馈: for a court and a week from Monday to Sunday, one line per branch and one per member with feedback
 * or archive entries: feedback received, praise and complaints found founded that week, filing ratings and their
 * average, merit and flaw entries. Generated once per court and week, stored, and read within the user's scope.
 */
@Service
public class WeeklyReports {

    public enum LineSubject { BRANCH, MEMBER }

    public record Report(long id, long courtId, LocalDate weekStart, LocalDate weekEnd, LocalDateTime generatedAt) {
    }

    public record Line(LineSubject subject, Long memberId, String memberName, long organizationId, String organizationName,
                       int received, int praiseFounded, int complaintsFounded, int ratings, int ratingTotal, int merits,
                       int flaws) {

        public String averageRating() {
            return ratings == 0 ? "-" : String.format("%.1f", (double) ratingTotal / ratings);
        }
    }

    private static final class Tally {
        final long organizationId;
        final String path;
        int received;
        int praise;
        int complaints;
        int ratings;
        int ratingTotal;
        int merits;
        int flaws;

        Tally(long organizationId, String path) {
            this.organizationId = organizationId;
            this.path = path;
        }

        boolean empty() {
            return received + praise + complaints + ratings + merits + flaws == 0;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SupervisionPeople people;
    private final SupervisionAccess access;
    private final ObjectProvider<ArchiveCounts> archive;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;

    WeeklyReports(JdbcClient jdbc, JdbcTemplate template, SupervisionPeople people, SupervisionAccess access,
                  ObjectProvider<ArchiveCounts> archive, ApplicationEventPublisher events, Notifications notifications) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.template = template;
        this.people = people;
        this.access = access;
        this.archive = archive;
        this.events = events;
    }

    /** The Monday of the week before the one {@code day} lies in: the week a Monday's report covers. */
    public static LocalDate weekBefore(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    /** Tells each branch secretary, the office and the discipline office that the week's report is there. */
    public void announce(long courtId, long reportId, LocalDate weekStart) {
        List<Recipient> recipients = new ArrayList<>();
        people.branches(courtId).forEach(b -> recipients.add(Recipient.organization(courtId, Role.BRANCH_SECRETARY, b.id())));
        recipients.add(Recipient.role(courtId, Role.PARTY_OFFICE));
        recipients.add(Recipient.role(courtId, Role.DISCIPLINE_OFFICER));
        notifications.send(recipients, "/supervision/reports/" + reportId, "notice.supervision.weekly-report",
                weekStart, weekStart.plusDays(6));
    }

    /** The courts that have branches to report on. */
    public List<Long> courts() {
        return people.courts().stream().filter(court -> !people.branches(court).isEmpty()).toList();
    }

    /** The court's report for the week from {@code weekStart} (a Monday), unless there is one already. */
    @Transactional
    public Optional<Long> generate(long courtId, LocalDate weekStart, LocalDateTime now, String actor) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on Monday: " + weekStart);
        }
        boolean exists = jdbc.sql("select count(*) from weekly_feedback_report where court_id = :c and week_start = :w")
                .param("c", courtId).param("w", weekStart).query(Long.class).single() > 0;
        if (exists) {
            return Optional.empty();
        }
        LocalDate weekEnd = weekStart.plusDays(6);
        Map<Long, Tally> members = new LinkedHashMap<>();
        Map<Long, Tally> branches = new LinkedHashMap<>();
        List<Unit> courtBranches = people.branches(courtId);
        courtBranches.forEach(b -> branches.put(b.id(), new Tally(b.id(), b.path())));
        tallyFeedback(courtId, weekStart, members, branches);
        tallyArchive(courtId, weekStart, weekEnd, members, branches, courtBranches);
        long reportId = insertReport(courtId, weekStart, weekEnd, now, actor);
        int lines = insertLines(reportId, courtId, members, branches);
        events.publishEvent(new WeeklyFeedbackReportGenerated(reportId, courtId, actor, now, weekStart, lines,
                Map.of("weekStart", weekStart.toString(), "lines", Integer.toString(lines))));
        return Optional.of(reportId);
    }

    private void tallyFeedback(long courtId, LocalDate weekStart, Map<Long, Tally> members, Map<Long, Tally> branches) {
        LocalDateTime from = weekStart.atStartOfDay();
        LocalDateTime to = from.plusDays(7);
        jdbc.sql("""
                        select member_id, organization_id, organization_path, branch_id,
                               sum(case when received_at >= :from and received_at < :to then 1 else 0 end) as received,
                               sum(case when state = 'FOUNDED' and kind = 'PRAISE' and verified_at >= :from and verified_at < :to
                                        then 1 else 0 end) as praise,
                               sum(case when state = 'FOUNDED' and kind = 'COMPLAINT' and verified_at >= :from and verified_at < :to
                                        then 1 else 0 end) as complaints,
                               sum(case when rating is not null and received_at >= :from and received_at < :to then 1 else 0 end) as ratings,
                               sum(case when rating is not null and received_at >= :from and received_at < :to then rating else 0 end) as rating_total
                        from feedback
                        where court_id = :court and ((received_at >= :from and received_at < :to) or (verified_at >= :from and verified_at < :to))
                        group by member_id, organization_id, organization_path, branch_id""")
                .param("court", courtId).param("from", from).param("to", to)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    Long member = rs.getObject("member_id", Long.class);
                    Long branch = rs.getObject("branch_id", Long.class);
                    long organization = rs.getLong("organization_id");
                    String path = rs.getString("organization_path");
                    List<Tally> targets = new ArrayList<>();
                    if (member != null) {
                        targets.add(members.computeIfAbsent(member, m -> new Tally(branch == null ? organization : branch, path)));
                    }
                    if (branch != null && branches.containsKey(branch)) {
                        targets.add(branches.get(branch));
                    }
                    for (Tally t : targets) {
                        t.received += rs.getInt("received");
                        t.praise += rs.getInt("praise");
                        t.complaints += rs.getInt("complaints");
                        t.ratings += rs.getInt("ratings");
                        t.ratingTotal += rs.getInt("rating_total");
                    }
                });
    }

    private void tallyArchive(long courtId, LocalDate from, LocalDate to, Map<Long, Tally> members,
                              Map<Long, Tally> branches, List<Unit> courtBranches) {
        ArchiveCounts counts = archive.getIfAvailable();
        if (counts == null) {
            return;
        }
        for (ArchiveCounts.MemberCount count : counts.between(courtId, from, to)) {
            Tally member = members.get(count.memberId());
            if (member == null) {
                Optional<Unit> unit = people.member(count.memberId()).flatMap(p -> people.unit(p.organizationId()));
                if (unit.isEmpty()) {
                    continue;
                }
                Long branch = people.branchOf(unit.get()).orElse(unit.get().id());
                member = new Tally(branch, unit.get().path());
                members.put(count.memberId(), member);
            }
            member.merits += count.merits();
            member.flaws += count.flaws();
            String path = member.path;
            courtBranches.stream().filter(b -> path.startsWith(b.path()))
                    .max(Comparator.comparingInt(b -> b.path().length()))
                    .ifPresent(b -> {
                        branches.get(b.id()).merits += count.merits();
                        branches.get(b.id()).flaws += count.flaws();
                    });
        }
    }

    private long insertReport(long courtId, LocalDate weekStart, LocalDate weekEnd, LocalDateTime now, String actor) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into weekly_feedback_report (court_id, week_start, week_end, generated_at, generated_by)
                        values (:c, :s, :e, :at, :by)""")
                .param("c", courtId).param("s", weekStart).param("e", weekEnd).param("at", now).param("by", actor)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private int insertLines(long reportId, long courtId, Map<Long, Tally> members, Map<Long, Tally> branches) {
        List<Object[]> rows = new ArrayList<>();
        branches.forEach((id, t) -> rows.add(row(reportId, courtId, LineSubject.BRANCH, null, t)));
        members.forEach((id, t) -> {
            if (!t.empty()) {
                rows.add(row(reportId, courtId, LineSubject.MEMBER, id, t));
            }
        });
        template.batchUpdate("""
                        insert into weekly_feedback_line (report_id, court_id, subject, member_id, organization_id,
                            organization_path, received, praise_founded, complaints_founded, ratings, rating_total, merits, flaws)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[]{Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                        Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER});
        return rows.size();
    }

    private static Object[] row(long reportId, long courtId, LineSubject subject, Long memberId, Tally t) {
        return new Object[]{reportId, courtId, subject.name(), memberId, t.organizationId, t.path, t.received, t.praise,
                t.complaints, t.ratings, t.ratingTotal, t.merits, t.flaws};
    }

    public List<Report> reports(int limit) {
        var courts = access.reportCourts();
        if (courts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, court_id, week_start, week_end, generated_at from weekly_feedback_report
                        where court_id in (:courts) order by week_start desc, court_id limit :limit""")
                .param("courts", courts).param("limit", limit)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDateTime.class)))
                .list();
    }

    public Report report(long id) {
        return jdbc.sql("select id, court_id, week_start, week_end, generated_at from weekly_feedback_report where id = :id")
                .param("id", id)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDateTime.class)))
                .optional().filter(r -> access.reportCourts().contains(r.courtId()))
                .orElseThrow(() -> new NotFoundException("label.supervision.report", id));
    }

    /** The report's lines the user sees: branches first, then members, each in the order of the organisation tree. */
    public List<Line> lines(long reportId) {
        Report report = report(reportId);
        SqlFilter visible = access.reportLines("l");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("report", report.id());
        List<Object[]> raws = jdbc.sql("""
                        select l.subject, l.member_id, l.organization_id, l.received, l.praise_founded, l.complaints_founded,
                               l.ratings, l.rating_total, l.merits, l.flaws
                        from weekly_feedback_line l where l.report_id = :report and\s""" + visible.sql()
                        + " order by l.subject, l.organization_path, l.member_id")
                .params(params)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getObject(2, Long.class), rs.getLong(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)})
                .list();
        Map<Long, String> memberNames = people.memberNames(raws.stream().map(r -> (Long) r[1]).filter(Objects::nonNull).toList());
        Map<Long, String> unitNames = people.unitNames(raws.stream().map(r -> (Long) r[2]).toList());
        return raws.stream().map(r -> new Line(LineSubject.valueOf((String) r[0]), (Long) r[1],
                r[1] == null ? null : memberNames.get((Long) r[1]), (Long) r[2], unitNames.get((Long) r[2]),
                (int) r[3], (int) r[4], (int) r[5], (int) r[6], (int) r[7], (int) r[8], (int) r[9])).toList();
    }
}
