package court.tianping.study.demo;

import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import court.tianping.study.FindingState;
import court.tianping.study.InspectionMethod;
import court.tianping.study.StudyKind;
import court.tianping.study.TrainingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year of study at the demo court, consistent with the source articles: 领学 before each Friday Party-group
 * meeting, every branch's weekly theory-study day (共学), a monthly 政治理论及业务学习大讲堂, a “前哨” youth
 * theory-study group of members under 36 meeting monthly, quarterly rotation training classes, 督学 inspections
 * with findings at every stage, and training chains. Records taken in as history are written in batches and
 * raise no events.
 */
@Component
class StudyDemo {

    private static final Logger log = LoggerFactory.getLogger(StudyDemo.class);
    private static final String ACTOR = "demo";

    private final OrganizationDirectory directory;
    private final UserAccounts accounts;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Long, String> paths = new HashMap<>();
    private final Map<Long, Person> people = new HashMap<>();
    private final List<Object[]> sessions = new ArrayList<>();
    private final List<long[]> attendance = new ArrayList<>();
    private Random random;
    private long court;
    private LocalDate today;

    StudyDemo(OrganizationDirectory directory, UserAccounts accounts, JdbcTemplate template,
              TransactionTemplate transactions, Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.template = template;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo study generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void generate(long courtId) {
        random = new Random(20180806L);
        court = courtId;
        today = LocalDate.now(clock);
        paths.clear();
        people.clear();
        sessions.clear();
        attendance.clear();
        List<Unit> branches = directory.branches(courtId);
        if (branches.isEmpty()) {
            return;
        }
        Unit leadership = ancestor(branches.get(0), OrganizationType.LEADERSHIP_GROUP);
        Unit committee = ancestor(branches.get(0), OrganizationType.ORGAN_COMMITTEE);
        List<Person> everyone = directory.members(leadership.id());
        everyone.forEach(p -> people.put(p.id(), p));
        LocalDate start = today.minusYears(1).plusDays(1);
        ledStudy(leadership, branches, everyone, start);
        jointStudy(branches, start);
        long lectures = series(committee, "政治理论及业务学习大讲堂");
        lectures(committee, lectures, everyone, start);
        youthGroup(committee, everyone, start);
        classes(committee, everyone, start);
        inspections(branches, start);
        chains(everyone);
        flush();
    }

    private Unit ancestor(Unit unit, OrganizationType type) {
        for (String part : unit.path().split("/")) {
            if (!part.isEmpty()) {
                Unit candidate = directory.unit(Long.parseLong(part)).orElseThrow();
                if (candidate.type() == type) {
                    return candidate;
                }
            }
        }
        return unit;
    }

    /** 领学 before each Friday Party-group meeting, by the court leader and the Party-group members in turn. */
    private void ledStudy(Unit leadership, List<Unit> branches, List<Person> everyone, LocalDate start) {
        Long leader = accounts.findByUsername("leader").map(TianpingUser::memberId).orElse(null);
        List<Long> group = new ArrayList<>();
        if (leader != null) {
            group.add(leader);
        }
        for (int i = 0; group.size() < 9 && i < branches.size(); i++) {
            directory.members(branches.get(i).id()).stream().findFirst().ifPresent(p -> {
                if (!group.contains(p.id())) {
                    group.add(p.id());
                }
            });
        }
        int n = 0;
        for (LocalDate day = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)); day.isBefore(today); day = day.plusWeeks(1)) {
            LocalDateTime begins = day.atTime(8, 30);
            long leadBy = group.get(n % Math.min(group.size(), 3));
            int id = session(leadership, StudyKind.LED_STUDY, StudyDemoData.LED_TOPICS.get(n % StudyDemoData.LED_TOPICS.size()),
                    "院党组会议室", begins, begins.plusMinutes(40), leadBy, null, null);
            for (Long member : group) {
                if (member == leadBy || random.nextInt(100) < 90) {
                    attend(id, member);
                }
            }
            n++;
        }
    }

    /** Every branch's weekly theory-study day, Wednesday afternoon, most members attending. */
    private void jointStudy(List<Unit> branches, LocalDate start) {
        int n = 0;
        for (Unit branch : branches) {
            List<Person> members = directory.members(branch.id());
            if (members.isEmpty()) {
                continue;
            }
            for (LocalDate day = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)); day.isBefore(today); day = day.plusWeeks(1)) {
                LocalDateTime begins = day.atTime(16, 0);
                int id = session(branch, StudyKind.JOINT_STUDY, StudyDemoData.JOINT_TOPICS.get(n++ % StudyDemoData.JOINT_TOPICS.size()),
                        "支部活动室", begins, begins.plusMinutes(90), null, null, null);
                for (Person member : members) {
                    if (random.nextInt(100) < 85) {
                        attend(id, member.id());
                    }
                }
            }
        }
    }

    private long series(Unit committee, String name) {
        return insert("""
                insert into study_series (court_id, organization_id, organization_path, name, created_at)
                values (?, ?, ?, ?, ?)""", court, committee.id(), committee.path(), name, today.minusYears(1).atTime(9, 0));
    }

    /** The monthly lecture, early in the month, attended by about a tenth of the court. */
    private void lectures(Unit committee, long series, List<Person> everyone, LocalDate start) {
        LocalDate month = start.withDayOfMonth(1).plusMonths(1);
        for (int i = 0; !month.isAfter(today); i++, month = month.plusMonths(1)) {
            LocalDate day = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            if (!day.isBefore(today)) {
                break;
            }
            LocalDateTime begins = day.atTime(14, 30);
            Person speaker = everyone.get(random.nextInt(everyone.size()));
            int id = session(committee, StudyKind.LECTURE, StudyDemoData.LECTURES.get(i % StudyDemoData.LECTURES.size()),
                    "第一审判法庭", begins, begins.plusMinutes(120), speaker.id(), series, null);
            for (Person member : everyone) {
                if (random.nextInt(100) < 12) {
                    attend(id, member.id());
                }
            }
        }
    }

    /** The “前哨” youth theory-study group: members under 36, a session each month. */
    private void youthGroup(Unit committee, List<Person> everyone, LocalDate start) {
        Map<Long, LocalDate> births = directory.birthDates(everyone.stream().map(Person::id).toList());
        List<Person> young = everyone.stream().filter(p -> births.containsKey(p.id())
                && Period.between(births.get(p.id()), start).getYears() < 36).limit(18).toList();
        if (young.isEmpty()) {
            return;
        }
        long group = insert("""
                insert into youth_study_group (court_id, organization_id, organization_path, name, formed_on)
                values (?, ?, ?, ?, ?)""", court, committee.id(), committee.path(), "“前哨”青年理论学习小组", start);
        List<Object[]> rows = young.stream().map(p -> new Object[]{group, court, p.id(), pathOf(p), start}).toList();
        template.batchUpdate("""
                insert into youth_study_group_member (youth_study_group, court_id, member_id, member_path, joined_on)
                values (?, ?, ?, ?, ?)""", rows);
        LocalDate day = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).plusWeeks(2);
        for (int i = 0; day.isBefore(today); i++, day = day.plusMonths(1)) {
            LocalDateTime begins = day.atTime(17, 30);
            int id = session(committee, StudyKind.YOUTH_STUDY, StudyDemoData.YOUTH_TOPICS.get(i % StudyDemoData.YOUTH_TOPICS.size()),
                    "党员教育室", begins, begins.plusMinutes(60), null, null, group);
            young.stream().filter(p -> random.nextInt(100) < 80).forEach(p -> attend(id, p.id()));
        }
    }

    /** A rotation training class each quarter: thirty members enrolled, those of finished classes mostly completed. */
    private void classes(Unit committee, List<Person> everyone, LocalDate start) {
        for (int q = 0; q < 4; q++) {
            LocalDate begins = start.plusMonths(3L * q + 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate ends = begins.plusDays(2);
            long id = insert("""
                    insert into training_class (court_id, organization_id, organization_path, name, starts_on, ends_on, hours, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", court, committee.id(), committee.path(),
                    "全院政治轮训班（第" + (q + 1) + "期）", begins, ends, 24, begins.minusWeeks(2).atTime(9, 0));
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Person p = everyone.get((q * 30 + i * 7) % everyone.size());
                boolean done = ends.isBefore(today) && random.nextInt(100) < 92;
                rows.add(new Object[]{id, court, p.id(), pathOf(p), begins.minusWeeks(1), done ? ends : null});
            }
            template.batchUpdate("""
                    insert into training_enrolment (training_class, court_id, member_id, member_path, enrolled_on, completed_on)
                    values (?, ?, ?, ?, ?, ?)""", rows.stream().distinct().filter(distinctMembers()).toList());
        }
    }

    private java.util.function.Predicate<Object[]> distinctMembers() {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        return row -> seen.add(row[2]);
    }

    /** 督学 of branches through the year: findings found, followed up and closed; one inspection still to come. */
    private void inspections(List<Unit> branches, LocalDate start) {
        Long inspector = accounts.findByUsername("leader").map(TianpingUser::memberId).orElse(null);
        if (inspector == null) {
            return;
        }
        InspectionMethod[] methods = InspectionMethod.values();
        for (int i = 0; i < 8; i++) {
            Unit branch = branches.get((i * 5 + 1) % branches.size());
            LocalDate planned = start.plusDays(45L * i + 20);
            boolean done = planned.isBefore(today.minusDays(3));
            long id = insert("""
                    insert into study_inspection (court_id, organization_id, organization_path, method, state, inspector_member_id,
                                                  planned_on, inspected_on, summary, recorded_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", court, branch.id(), branch.path(), methods[i % methods.length].name(),
                    done ? "INSPECTED" : "PLANNED", inspector, done ? planned.minusDays(3) : planned.plusDays(10),
                    done ? planned : null, done ? "抽查学习记录和学习笔记，听取支部书记汇报学习情况" : null, ACTOR,
                    planned.atTime(17, 0));
            if (!done) {
                continue;
            }
            List<Object[]> findings = new ArrayList<>();
            int count = i % 3;
            for (int f = 0; f < count; f++) {
                FindingState state = planned.isBefore(today.minusMonths(2)) ? FindingState.CLOSED
                        : f == 0 ? FindingState.FOLLOWED_UP : FindingState.FOUND;
                boolean followed = state != FindingState.FOUND;
                findings.add(new Object[]{id, f, court, StudyDemoData.FINDINGS.get((i + f) % StudyDemoData.FINDINGS.size()),
                        state.name(), followed ? StudyDemoData.FOLLOW_UPS.get((i + f) % StudyDemoData.FOLLOW_UPS.size()) : null,
                        followed ? planned.plusDays(14).atTime(10, 0) : null, followed ? "secretary" : null,
                        state == FindingState.CLOSED ? planned.plusDays(21).atTime(10, 0) : null,
                        state == FindingState.CLOSED ? "leader" : null});
            }
            template.batchUpdate("""
                    insert into study_finding (study_inspection, seq, court_id, text, state, follow_up, followed_up_at,
                                               followed_up_by, closed_at, closed_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings);
        }
    }

    /** Training chains of the young members and the demo member: entered as new recruits, some further on. */
    private void chains(List<Person> everyone) {
        Map<Long, LocalDate> births = directory.birthDates(everyone.stream().map(Person::id).toList());
        List<Person> chained = new ArrayList<>(everyone.stream().filter(p -> births.containsKey(p.id())
                && Period.between(births.get(p.id()), today).getYears() < 32).limit(40).toList());
        accounts.findByUsername("member").map(TianpingUser::memberId).flatMap(directory::member)
                .filter(p -> chained.stream().noneMatch(c -> c.id() == p.id())).ifPresent(chained::add);
        TrainingStage[] stages = TrainingStage.values();
        for (Person p : chained) {
            int reached = 1 + random.nextInt(3);
            long id = insert("insert into training_chain (court_id, member_id, member_path, stage) values (?, ?, ?, ?)",
                    court, p.id(), pathOf(p), stages[reached - 1].name());
            List<Object[]> steps = new ArrayList<>();
            LocalDate on = today.minusYears(reached + 1L).withMonth(9).withDayOfMonth(1);
            for (int s = 0; s < reached; s++) {
                steps.add(new Object[]{id, s, court, stages[s].name(), on.plusYears(s), null, ACTOR});
            }
            template.batchUpdate("""
                    insert into training_chain_step (training_chain, seq, court_id, stage, reached_on, note, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?)""", steps);
        }
    }

    private static final String SESSION = """
            insert into study_session (court_id, organization_id, organization_path, kind, state, title, place, starts_at,
                                       ends_at, minutes, leader_member_id, series_id, youth_group_id, recorded_by, updated_at)
            values (?, ?, ?, ?, 'HELD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** A held session, written with the others in one batch at the end; answers its place in that batch. */
    private int session(Unit host, StudyKind kind, String title, String place, LocalDateTime begins, LocalDateTime ends,
                        Long leader, Long series, Long group) {
        sessions.add(new Object[]{court, host.id(), host.path(), kind.name(), title, place, begins, ends,
                (int) java.time.Duration.between(begins, ends).toMinutes(), leader, series, group, ACTOR, ends});
        return sessions.size() - 1;
    }

    private void attend(int session, long member) {
        if (people.containsKey(member)) {
            attendance.add(new long[]{session, member});
        }
    }

    /** The sessions in one batch with their generated ids, then their attendance in batches. */
    private void flush() {
        if (sessions.isEmpty()) {
            return;
        }
        KeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(connection -> connection.prepareStatement(SESSION, new String[]{"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] row = sessions.get(i);
                        for (int c = 0; c < row.length; c++) {
                            statement.setObject(c + 1, row[c]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return sessions.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
        List<Object[]> rows = attendance.stream()
                .map(a -> new Object[]{ids.get((int) a[0]), court, a[1], pathOf(people.get(a[1]))}).toList();
        template.batchUpdate("insert into study_attendance (study_session, court_id, member_id, member_path) values (?, ?, ?, ?)",
                rows);
        sessions.clear();
        attendance.clear();
    }

    private String pathOf(Person person) {
        return paths.computeIfAbsent(person.organizationId(), id -> directory.unit(id).map(Unit::path).orElseThrow());
    }

    private long insert(String sql, Object... values) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[]{"id"});
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
