package court.tianping.liaison.demo;

import court.tianping.liaison.FollowUpState;
import court.tianping.liaison.SuggestionState;
import court.tianping.liaison.UnitKind;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.CourtEntry;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The liaison work of the demo city as the Cangzhou article reports it for January to August: 3,604 visits to
 * units and enterprises, 864 judicial suggestions and 1,180 disputes resolved before litigation, spread over every
 * court's liaison judges (the demo member and branch secretary among them). Most suggestions are replied and
 * adopted, some are not adopted, some replied late and some never, so that overdue replies show. Written in
 * batches as history; no events.
 */
@Component
class LiaisonDemo {

    static final int VISITS = 3604;
    static final int SUGGESTIONS = 864;
    static final int RESOLUTIONS = 1180;
    private static final Logger log = LoggerFactory.getLogger(LiaisonDemo.class);
    private static final String ACTOR = "demo";

    private final OrganizationDirectory directory;
    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private Random random;

    LiaisonDemo(OrganizationDirectory directory, UserAccounts accounts, JdbcTemplate jdbc, TransactionTemplate transactions,
                Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A liaison of the demo, with what the rows written for it need. */
    private record Link(long id, long courtId, long unitId, long judge, String path) {
    }

    @EventListener
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo liaison work generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void generate(long mainCourtId) {
        random = new Random(20220831L);
        LocalDate today = LocalDate.now(clock);
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 8, 31);
        LocalDateTime now = LocalDateTime.now(clock);
        Set<Long> demoJudges = new LinkedHashSet<>();
        for (String username : List.of("member", "secretary", "cellleader")) {
            accounts.findByUsername(username).map(TianpingUser::memberId).ifPresent(demoJudges::add);
        }
        long unitId = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from liaison_unit", Long.class);
        long liaisonId = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from liaison", Long.class);
        List<Object[]> units = new ArrayList<>();
        List<Object[]> liaisonRows = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (CourtEntry court : directory.courts()) {
            List<Person> judges = judges(court.id(), court.id() == mainCourtId, demoJudges);
            Map<Long, String> paths = paths(court.id());
            int unitCount = Math.min(200, Math.max(4, judges.size() * 3 / 2));
            List<Long> courtUnits = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            while (courtUnits.size() < unitCount) {
                UnitKind kind = kind();
                String name = name(kind, court.district());
                if (!names.add(name)) {
                    continue;
                }
                long id = unitId++;
                courtUnits.add(id);
                units.add(new Object[]{id, court.id(), name, kind.name(), court.district(),
                        LiaisonDemoData.STREETS.get(random.nextInt(LiaisonDemoData.STREETS.size())),
                        pick(LiaisonDemoData.CONTACTS), "13" + (100000000 + random.nextInt(900000000)), ACTOR,
                        now.minusYears(2)});
            }
            for (int j = 0; j < judges.size(); j++) {
                Person judge = judges.get(j);
                String path = paths.get(judge.organizationId());
                if (path == null) {
                    continue;
                }
                int count = 1 + random.nextInt(3);
                for (int k = 0; k < count; k++) {
                    long unit = courtUnits.get((j * 3 + k) % courtUnits.size());
                    long id = liaisonId++;
                    LocalDate starts = from.minusDays(30 + random.nextInt(700));
                    liaisonRows.add(new Object[]{id, court.id(), unit, judge.id(), path, starts, null, ACTOR, now.minusYears(2)});
                    links.add(new Link(id, court.id(), unit, judge.id(), path));
                }
            }
        }
        jdbc.batchUpdate("""
                insert into liaison_unit (id, court_id, name, kind, district, street, contact_name, contact_phone,
                                          registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", units);
        jdbc.batchUpdate("""
                insert into liaison (id, court_id, unit_id, judge_member_id, judge_path, starts_on, ends_on, assigned_by,
                                     assigned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", liaisonRows);
        visits(links, from, to);
        suggestions(links, from, to, today);
        resolutions(links, from, to);
        jdbc.execute("alter table liaison_unit alter column id restart with " + unitId);
        jdbc.execute("alter table liaison alter column id restart with " + liaisonId);
    }

    /** About a third of the court's members, the demo's own judges always among them. */
    private List<Person> judges(long courtId, boolean main, Set<Long> demoJudges) {
        List<Unit> branches = directory.branches(courtId);
        if (branches.isEmpty()) {
            return List.of();
        }
        long root = Long.parseLong(branches.get(0).path().split("/")[1]);
        List<Person> everyone = new ArrayList<>(directory.members(root));
        everyone.sort((a, b) -> Long.compare(a.id(), b.id()));
        Collections.shuffle(everyone, random);
        List<Person> judges = new ArrayList<>();
        if (main) {
            everyone.stream().filter(p -> demoJudges.contains(p.id())).forEach(judges::add);
        }
        int wanted = Math.max(2, everyone.size() / 3);
        for (Person p : everyone) {
            if (judges.size() >= wanted) {
                break;
            }
            if (!demoJudges.contains(p.id())) {
                judges.add(p);
            }
        }
        return judges;
    }

    private Map<Long, String> paths(long courtId) {
        Map<Long, String> paths = new HashMap<>();
        for (Unit branch : directory.branches(courtId)) {
            paths.put(branch.id(), branch.path());
            for (Unit cell : directory.cells(branch.id())) {
                paths.put(cell.id(), cell.path());
            }
            String[] parts = branch.path().split("/");
            for (String part : parts) {
                if (!part.isEmpty()) {
                    long id = Long.parseLong(part);
                    paths.computeIfAbsent(id, x -> directory.unit(x).map(Unit::path).orElse(null));
                }
            }
        }
        return paths;
    }

    private void visits(List<Link> links, LocalDate from, LocalDate to) {
        long next = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from liaison_visit", Long.class);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            Link link = links.get(random.nextInt(links.size()));
            LocalDate on = day(from, to);
            long id = next++;
            rows.add(new Object[]{id, link.courtId(), link.id(), link.unitId(), link.judge(), link.path(), on,
                    pick(LiaisonDemoData.TOPICS), ACTOR, on.atTime(17, 0)});
            int items = random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0;
            for (int k = 0; k < items; k++) {
                boolean done = random.nextInt(10) < 8;
                LocalDate doneOn = done ? on.plusDays(3 + random.nextInt(20)) : null;
                followUps.add(new Object[]{id, k, link.courtId(), pick(LiaisonDemoData.FOLLOW_UPS),
                        done ? FollowUpState.DONE.name() : FollowUpState.OPEN.name(), doneOn, done ? ACTOR : null});
            }
        }
        jdbc.batchUpdate("""
                insert into liaison_visit (id, court_id, liaison_id, unit_id, judge_member_id, judge_path, visited_on, topics,
                                           recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("""
                insert into liaison_follow_up (liaison_visit, seq, court_id, text, state, done_on, done_by)
                values (?, ?, ?, ?, ?, ?, ?)""", followUps);
        jdbc.execute("alter table liaison_visit alter column id restart with " + next);
    }

    private void suggestions(List<Link> links, LocalDate from, LocalDate to, LocalDate today) {
        long next = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from judicial_suggestion", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < SUGGESTIONS; i++) {
            Link link = links.get(random.nextInt(links.size()));
            LocalDate issued = day(from, to);
            LocalDate due = issued.plusDays(30);
            int fate = random.nextInt(100);
            SuggestionState state = SuggestionState.ISSUED;
            LocalDate replied = null;
            LocalDate decided = null;
            String reply = null;
            if (fate >= 8) {
                replied = fate < 13 ? due.plusDays(1 + random.nextInt(20)) : issued.plusDays(5 + random.nextInt(25));
                if (replied.isAfter(today)) {
                    replied = today;
                }
                reply = pick(LiaisonDemoData.REPLIES);
                int decision = random.nextInt(100);
                if (decision < 82) {
                    state = SuggestionState.ADOPTED;
                } else if (decision < 92) {
                    state = SuggestionState.NOT_ADOPTED;
                } else {
                    state = SuggestionState.REPLIED;
                }
                if (state != SuggestionState.REPLIED) {
                    decided = replied.plusDays(random.nextInt(15));
                    if (decided.isAfter(today)) {
                        decided = today;
                    }
                }
            }
            rows.add(new Object[]{next++, link.courtId(), link.id(), link.unitId(), link.judge(), link.path(),
                    pick(LiaisonDemoData.SUBJECTS), issued, due, state.name(), replied, reply, decided, ACTOR,
                    issued.atTime(16, 0)});
        }
        jdbc.batchUpdate("""
                insert into judicial_suggestion (id, court_id, liaison_id, unit_id, judge_member_id, judge_path, subject, issued_on,
                                                 reply_due, state, replied_on, reply, decided_on, recorded_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.execute("alter table judicial_suggestion alter column id restart with " + next);
    }

    private void resolutions(List<Link> links, LocalDate from, LocalDate to) {
        long next = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from liaison_resolution", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < RESOLUTIONS; i++) {
            Link link = links.get(random.nextInt(links.size()));
            LocalDate on = day(from, to);
            rows.add(new Object[]{next++, link.courtId(), link.id(), link.unitId(), link.judge(), link.path(), on,
                    pick(LiaisonDemoData.RESOLUTIONS), ACTOR, on.atTime(18, 0)});
        }
        jdbc.batchUpdate("""
                insert into liaison_resolution (id, court_id, liaison_id, unit_id, judge_member_id, judge_path, resolved_on,
                                                summary, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.execute("alter table liaison_resolution alter column id restart with " + next);
    }

    private UnitKind kind() {
        int r = random.nextInt(100);
        return r < 70 ? UnitKind.ENTERPRISE : r < 85 ? UnitKind.GOVERNMENT_UNIT : r < 95 ? UnitKind.INDUSTRY_ASSOCIATION : UnitKind.OTHER;
    }

    private String name(UnitKind kind, String district) {
        String place = district == null ? "北京市" : district;
        return switch (kind) {
            case ENTERPRISE -> "北京" + pick(LiaisonDemoData.PREFIXES) + pick(LiaisonDemoData.ENTERPRISES);
            case GOVERNMENT_UNIT -> place + pick(LiaisonDemoData.GOVERNMENT).substring(1);
            case INDUSTRY_ASSOCIATION -> place + pick(LiaisonDemoData.ASSOCIATIONS).substring(1);
            case OTHER -> place + pick(LiaisonDemoData.STREETS) + "社区服务中心";
        };
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
