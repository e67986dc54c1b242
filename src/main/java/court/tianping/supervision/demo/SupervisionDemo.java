package court.tianping.supervision.demo;

import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackSource;
import court.tianping.supervision.FeedbackState;
import court.tianping.supervision.application.SupervisionPeople;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year of public feedback in the demo court, written in one batch: mostly litigants' ratings at filing (praise,
 * some suggestions), praise from the 12368 line, a few complaints (about a third found unfounded), online
 * suggestions. Everything older than three days is verified by the discipline office; the newest items wait.
 * The demo member has praise and one founded complaint, so their archive shows both kinds. Runs before the
 * archive's demo, which builds its entries from the founded items.
 */
@Component
class SupervisionDemo {

    static final int ORDER = 10;
    private static final Logger log = LoggerFactory.getLogger(SupervisionDemo.class);
    private static final String DISCIPLINE = "discipline";

    private final SupervisionPeople people;
    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<Object[]> rows = new ArrayList<>();
    private final Map<Long, Unit> units = new HashMap<>();
    private Random random;
    private LocalDateTime now;
    private int ref;
    private long demoMember;

    SupervisionDemo(SupervisionPeople people, UserAccounts accounts, JdbcTemplate jdbc, TransactionTemplate transactions,
                    Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Target(Person person, Unit branch) {
    }

    @EventListener
    @Order(ORDER)
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo public feedback generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void generate(long courtId) {
        random = new Random(20180806L);
        now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        rows.clear();
        demoMember = accounts.findByUsername("member").map(TianpingUser::memberId).orElse(-1L);
        List<Target> targets = new ArrayList<>();
        List<Unit> branches = people.branches(courtId);
        for (Unit branch : branches) {
            people.members(branch.id()).forEach(p -> targets.add(new Target(p, branch)));
        }
        if (targets.isEmpty()) {
            return;
        }
        for (int day = 364; day >= 0; day--) {
            LocalDateTime date = now.toLocalDate().minusDays(day).atTime(9, 0);
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            int items = 6 + random.nextInt(9);
            for (int i = 0; i < items; i++) {
                LocalDateTime at = date.plusMinutes(random.nextInt(8 * 60));
                if (at.isAfter(now)) {
                    continue;
                }
                item(targets.get(random.nextInt(targets.size())), at);
            }
            if (day % 45 == 7) {
                Unit branch = branches.get(random.nextInt(branches.size()));
                add(courtId, null, branch, branch, FeedbackSource.ONLINE, FeedbackKind.SUGGESTION,
                        pick(SupervisionDemoData.ONLINE_SUGGESTIONS), null, date.plusHours(2));
            }
        }
        demoMember(courtId);
        jdbc.batchUpdate("""
                        insert into feedback (court_id, source, kind, state, member_id, organization_id, organization_path,
                            branch_id, content, rating, giver_name, giver_phone, external_ref, received_at, recorded_by,
                            verified_at, verified_by, verification_note, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows,
                new int[]{Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                        Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR});
    }

    private void item(Target target, LocalDateTime at) {
        long court = target.person().courtId();
        int roll = random.nextInt(100);
        if (roll < 70) {
            int score = random.nextInt(10) < 8 ? 5 : (random.nextBoolean() ? 4 : 3);
            FeedbackKind kind = score >= 4 ? FeedbackKind.PRAISE : FeedbackKind.SUGGESTION;
            String text = pick(kind == FeedbackKind.PRAISE ? SupervisionDemoData.RATING_PRAISE : SupervisionDemoData.RATING_SUGGESTION);
            add(court, target.person(), unitOf(target.person()), target.branch(), FeedbackSource.FILING_RATING, kind, text, score, at);
        } else if (roll < 88) {
            add(court, target.person(), unitOf(target.person()), target.branch(), FeedbackSource.HOTLINE_12368,
                    FeedbackKind.PRAISE, pick(SupervisionDemoData.HOTLINE_PRAISE), null, at);
        } else {
            FeedbackSource source = List.of(FeedbackSource.HOTLINE_12368, FeedbackSource.SUPERVISION_PHONE,
                    FeedbackSource.ONLINE).get(random.nextInt(3));
            add(court, target.person(), unitOf(target.person()), target.branch(), source, FeedbackKind.COMPLAINT,
                    pick(SupervisionDemoData.COMPLAINTS), null, at);
        }
    }

    /** The demo member's own feedback: praise over the year and a founded complaint a month ago. */
    private void demoMember(long courtId) {
        people.member(demoMember).ifPresent(person -> {
            Unit unit = unitOf(person);
            Unit branch = people.branchOf(unit).flatMap(people::unit).orElse(unit);
            for (int months : new int[]{10, 6, 2}) {
                add(courtId, person, unit, branch, FeedbackSource.FILING_RATING, FeedbackKind.PRAISE,
                        SupervisionDemoData.RATING_PRAISE.get(months % SupervisionDemoData.RATING_PRAISE.size()), 5,
                        now.minusMonths(months).withHour(10));
            }
            add(courtId, person, unit, branch, FeedbackSource.HOTLINE_12368, FeedbackKind.COMPLAINT,
                    SupervisionDemoData.COMPLAINTS.get(0), null, now.minusMonths(1).withHour(15));
        });
    }

    private void add(long courtId, Person person, Unit unit, Unit branch, FeedbackSource source, FeedbackKind kind,
                     String content, Integer rating, LocalDateTime at) {
        FeedbackState state = FeedbackState.RECEIVED;
        LocalDateTime verifiedAt = null;
        String note = null;
        if (at.isBefore(now.minusDays(3))) {
            boolean unfounded = kind == FeedbackKind.COMPLAINT && random.nextInt(3) == 0
                    && (person == null || person.id() != demoMember);
            state = unfounded ? FeedbackState.UNFOUNDED : FeedbackState.FOUNDED;
            verifiedAt = at.plusDays(1 + random.nextInt(2)).withHour(16);
            note = unfounded ? pick(SupervisionDemoData.VERIFIED_UNFOUNDED)
                    : kind == FeedbackKind.COMPLAINT ? pick(SupervisionDemoData.VERIFIED_FOUNDED)
                    : pick(SupervisionDemoData.VERIFIED_PRAISE);
        }
        String giver = pick(SupervisionDemoData.SURNAMES) + (random.nextBoolean() ? "先生" : "女士");
        String phone = "13" + (100000000 + random.nextInt(899999999));
        String externalRef = source == FeedbackSource.FILING_RATING || source == FeedbackSource.HOTLINE_12368
                ? source.name() + "-" + at.getYear() + "-" + (++ref) : null;
        rows.add(new Object[]{courtId, source.name(), kind.name(), state.name(), person == null ? null : person.id(),
                unit.id(), unit.path(), branch.id(), content, rating, giver, phone, externalRef, Timestamp.valueOf(at),
                source == FeedbackSource.FILING_RATING ? "filing-system" : "office",
                verifiedAt == null ? null : Timestamp.valueOf(verifiedAt), verifiedAt == null ? null : DISCIPLINE, note});
    }

    private Unit unitOf(Person person) {
        return units.computeIfAbsent(person.organizationId(), id -> people.unit(id).orElseThrow());
    }

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
