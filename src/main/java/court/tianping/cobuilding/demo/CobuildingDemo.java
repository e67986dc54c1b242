package court.tianping.cobuilding.demo;

import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.cobuilding.PartnerType;
import court.tianping.cobuilding.demo.CobuildingDemoData.Network;
import court.tianping.cobuilding.demo.CobuildingDemoData.PartnerSeed;
import court.tianping.demand.DemandFacts;
import court.tianping.demand.DemandFacts.StreetFact;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo court's co-building network over its streets, written in batches: every branch paired with a street
 * co-builds with that street's working committee (一镇街一支部); the political office with a university, the
 * financial tribunals with a bank, a civil tribunal with a hospital, the family tribunal with the women's
 * federation, the volunteer team with two communities, the other branches with a company; one agreement ended
 * early, one still drafted, one expiring within weeks; the mobile branch does not co-build. A year of activities,
 * in which every judge but one took part or handled a demand, and the annual reports of every street but one.
 */
@Component
class CobuildingDemo {

    private static final Logger log = LoggerFactory.getLogger(CobuildingDemo.class);
    private static final String ACTOR = "demo";
    private static final String MISSING_REPORT_STREET = "广安门外街道";
    private static final CobuildingActivityType[] TYPES = CobuildingActivityType.values();
    private static final int[] TYPE_WEIGHTS = {20, 30, 15, 20, 15};

    private final OrganizationDirectory directory;
    private final DemandFacts facts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<Object[]> partners = new ArrayList<>();
    private final List<Object[]> agreements = new ArrayList<>();
    private final List<Object[]> agreementPartners = new ArrayList<>();
    private final List<Object[]> agreementBranches = new ArrayList<>();
    private final List<Object[]> activities = new ArrayList<>();
    private final List<Object[]> activityBranches = new ArrayList<>();
    private final Map<Long, Set<Long>> participants = new LinkedHashMap<>();
    private final List<Object[]> reports = new ArrayList<>();
    private Random random;
    private LocalDate today;
    private long nextPartner;
    private long nextAgreement;
    private long nextActivity;
    private long courtId;

    CobuildingDemo(OrganizationDirectory directory, DemandFacts facts, JdbcTemplate jdbc, TransactionTemplate transactions,
                   Clock clock) {
        this.directory = directory;
        this.facts = facts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo co-building generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** A branch that co-builds, with its partners and the street its activities are on. */
    private record Cobuilder(Unit branch, List<Long> partners, Map<Long, Long> streetOf) {
    }

    void generate(long mainCourtId) {
        List.of(partners, agreements, agreementPartners, agreementBranches, activities, activityBranches, reports).forEach(List::clear);
        participants.clear();
        random = new Random(20221118L);
        today = LocalDate.now(clock);
        courtId = mainCourtId;
        nextPartner = next("cobuilding_partner");
        nextAgreement = next("cobuilding_agreement");
        nextActivity = next("cobuilding_activity");
        List<StreetFact> streets = facts.streets(courtId);
        List<Unit> branches = directory.branches(courtId);
        if (streets.isEmpty() || branches.isEmpty()) {
            return;
        }
        Map<String, Unit> byName = new HashMap<>();
        branches.forEach(b -> byName.put(b.name(), b));
        Map<String, Long> streetIds = new HashMap<>();
        streets.forEach(s -> streetIds.put(s.name(), s.id()));
        Map<Long, Cobuilder> cobuilders = new LinkedHashMap<>();
        LocalDate termStart = today.minusYears(1).withDayOfYear(1);

        for (StreetFact street : streets) {
            long partner = partner(new PartnerSeed(street.name() + "工委", PartnerType.STREET_COMMITTEE,
                    "中共北京市西城区" + street.name() + "工作委员会", street.name()), street.id());
            Optional<Unit> branch = branches.stream().filter(b -> street.pairedBranchId() != null && b.id() == street.pairedBranchId()).findFirst();
            if (branch.isPresent()) {
                boolean expiring = street.equals(streets.get(streets.size() - 1));
                LocalDate end = expiring ? today.plusDays(20) : termStart.plusYears(3).minusDays(1);
                agreement(branch.get().name() + "与" + street.name() + "工委“一镇街一支部”党建共建协议",
                        "以“一镇街一支部”党建共建为引领，推行一哨点、一法官、一订单、一课堂、一活动、一报告，精准对接镇街司法需求。",
                        termStart, end, termStart.minusDays(10), null, List.of(partner), List.of(branch.get()));
                cobuilder(cobuilders, branch.get(), partner, street.id());
            }
        }
        for (Network network : CobuildingDemoData.NETWORKS) {
            Long street = network.partner().street() == null ? null : streetIds.get(network.partner().street());
            long partner = partner(network.partner(), street);
            List<Unit> bound = network.departments().isEmpty()
                    ? branches.stream().filter(b -> !cobuilders.containsKey(b.id()) && !b.name().contains("流动")).toList()
                    : network.departments().stream().map(d -> byName.get(d + "党支部")).filter(Objects::nonNull).toList();
            if (bound.isEmpty()) {
                continue;
            }
            agreement(network.title(), network.content(), termStart.plusMonths(2), termStart.plusYears(3).minusDays(1),
                    termStart.plusMonths(2).minusDays(5), null, List.of(partner), bound);
            for (Unit b : bound) {
                Long ownStreet = streets.stream().filter(s -> s.pairedBranchId() != null && s.pairedBranchId() == b.id())
                        .map(StreetFact::id).findFirst().orElse(null);
                cobuilder(cobuilders, b, partner, street != null ? street : ownStreet != null ? ownStreet
                        : streets.get(random.nextInt(streets.size())).id());
            }
        }
        List<Long> communities = new ArrayList<>();
        for (PartnerSeed community : CobuildingDemoData.COMMUNITIES) {
            communities.add(partner(community, streetIds.get(community.street())));
        }
        branches.stream().filter(b -> b.name().startsWith("赵海")).findFirst().ifPresent(volunteers -> {
            agreement("赵海志愿者服务队临时党支部对接社区共建协议", "担任街巷长法律顾问，推动社区形成依法办事、遇事找法、解决问题用法、化解矛盾靠法的良好环境。",
                    today.minusMonths(10), today.plusMonths(14), today.minusMonths(10), null, communities, List.of(volunteers));
            communities.forEach(c -> cobuilder(cobuilders, volunteers, c, streetIds.get("新街口街道")));
        });
        long ended = partner(CobuildingDemoData.ENDED, null);
        Optional.ofNullable(byName.get("知识产权审判庭党支部")).ifPresent(ip -> agreement("知识产权审判庭党支部与高德集团党委共建协议",
                "围绕地图数据与互联网知识产权保护开展联合调研与普法。", termStart, termStart.plusYears(2).minusDays(1),
                termStart.minusDays(3), today.withDayOfYear(1).plusMonths(5).minusDays(1), List.of(ended), List.of(ip)));
        long drafting = partner(CobuildingDemoData.DRAFTING, null);
        Optional.ofNullable(byName.get("家事少年审判庭党支部")).ifPresent(family -> draft("家事少年审判庭党支部与北京市老龄委共建协议（草案）",
                "共同防范养老诈骗，开展老年人权益保护普法与调解。", today.plusDays(15), today.plusYears(2), drafting, family));

        activities(cobuilders, streets);
        reports(streets);
        write();
    }

    private void cobuilder(Map<Long, Cobuilder> cobuilders, Unit branch, long partner, Long street) {
        Cobuilder c = cobuilders.computeIfAbsent(branch.id(), k -> new Cobuilder(branch, new ArrayList<>(), new HashMap<>()));
        c.partners().add(partner);
        c.streetOf().put(partner, street);
    }

    /** About one activity a month per co-building branch over the past year; every judge but one takes part. */
    private void activities(Map<Long, Cobuilder> cobuilders, List<StreetFact> streets) {
        LocalDate first = today.minusMonths(12);
        Map<Long, List<Person>> rosters = new HashMap<>();
        Map<Long, List<Long>> activitiesOf = new HashMap<>();
        for (Cobuilder c : cobuilders.values()) {
            List<Person> roster = rosters.computeIfAbsent(c.branch().id(), id -> {
                Set<Person> people = new LinkedHashSet<>(directory.members(id));
                people.addAll(directory.ownMembers(id));
                return new ArrayList<>(people);
            });
            if (roster.isEmpty()) {
                continue;
            }
            for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(today); month = month.plusMonths(1)) {
                if (random.nextInt(100) < 12) {
                    continue;
                }
                LocalDate day = month.withDayOfMonth(1 + random.nextInt(month.lengthOfMonth()));
                if (day.isBefore(first) || !day.isBefore(today)) {
                    continue;
                }
                long partner = c.partners().get(random.nextInt(c.partners().size()));
                long id = activity(day, type(), partner, c.streetOf().get(partner), c.branch(), pick(roster, 2 + random.nextInt(4)));
                activitiesOf.computeIfAbsent(c.branch().id(), k -> new ArrayList<>()).add(id);
            }
        }
        Set<Long> lectured = new HashSet<>();
        activities.stream().filter(a -> CobuildingActivityType.LEGAL_LECTURE.name().equals(a[3]) && a[7] != null)
                .forEach(a -> lectured.add((Long) a[7]));
        for (StreetFact street : streets) {
            if (!lectured.contains(street.id()) && street.pairedBranchId() != null && cobuilders.containsKey(street.pairedBranchId())) {
                Cobuilder c = cobuilders.get(street.pairedBranchId());
                activity(today.minusDays(20 + random.nextInt(200)), CobuildingActivityType.LEGAL_LECTURE, c.partners().get(0),
                        street.id(), c.branch(), pick(rosters.get(c.branch().id()), 2));
            }
        }
        everyJudgeButOne(cobuilders, activitiesOf);
    }

    private void everyJudgeButOne(Map<Long, Cobuilder> cobuilders, Map<Long, List<Long>> activitiesOf) {
        Set<Long> counted = new HashSet<>(facts.handlers(courtId, today.withDayOfYear(1), today));
        activities.stream().filter(a -> !((LocalDate) a[2]).isBefore(today.withDayOfYear(1)))
                .forEach(a -> counted.addAll(participants.get((Long) a[0])));
        List<Person> judges = directory.membersWithPosition(courtId, Position.JUDGE);
        List<Person> idle = judges.stream().filter(j -> !counted.contains(j.id())).toList();
        List<Long> anyActivity = activitiesOf.values().stream().flatMap(List::stream).toList();
        for (Person judge : idle.stream().skip(1).toList()) {
            List<Long> own = activitiesOf.getOrDefault(judge.organizationId(), activitiesOf.getOrDefault(
                    directory.unit(judge.organizationId()).map(u -> u.parentId()).orElse(-1L), anyActivity));
            List<Long> choices = own.isEmpty() ? anyActivity : own;
            if (!choices.isEmpty()) {
                participants.get(choices.get(choices.size() - 1 - random.nextInt(Math.min(3, choices.size())))).add(judge.id());
            }
        }
    }

    private long activity(LocalDate day, CobuildingActivityType type, long partner, Long street, Unit branch, List<Person> people) {
        long id = nextActivity++;
        List<String> topics = CobuildingDemoData.TOPICS.get(type);
        String title = topics.get(random.nextInt(topics.size()));
        int reached = switch (type) {
            case LEGAL_LECTURE -> 40 + random.nextInt(260);
            case JOINT_THEMED_DAY -> 20 + random.nextInt(60);
            case MEDIATION -> 2 + random.nextInt(12);
            case VISIT -> 5 + random.nextInt(40);
            case CONSULTATION -> 10 + random.nextInt(80);
        };
        activities.add(new Object[]{id, courtId, day, type.name(), title, branch.name() + "党员干警参加，" + title + "。", partner,
                street, reached, ACTOR, day.atTime(18, 0)});
        activityBranches.add(new Object[]{id, branch.id(), courtId, branch.path()});
        Set<Long> who = new LinkedHashSet<>();
        people.forEach(p -> who.add(p.id()));
        participants.put(id, who);
        return id;
    }

    private CobuildingActivityType type() {
        int roll = random.nextInt(100);
        for (int i = 0; i < TYPES.length; i++) {
            roll -= TYPE_WEIGHTS[i];
            if (roll < 0) {
                return TYPES[i];
            }
        }
        return TYPES[0];
    }

    private List<Person> pick(List<Person> roster, int count) {
        List<Person> shuffled = new ArrayList<>(roster);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private long partner(PartnerSeed seed, Long streetId) {
        long id = nextPartner++;
        String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        partners.add(new Object[]{id, courtId, seed.name(), seed.type().name(), "西城区", streetId, seed.partyOrganisation(),
                CobuildingDemoData.CONTACTS.get(random.nextInt(CobuildingDemoData.CONTACTS.size())), phone, ACTOR,
                today.minusYears(1).withDayOfYear(1).atTime(9, 0)});
        return id;
    }

    private void agreement(String title, String content, LocalDate from, LocalDate to, LocalDate signed, LocalDate terminated,
                           List<Long> partnerIds, List<Unit> branches) {
        long id = nextAgreement++;
        LocalDateTime at = signed.atTime(10, 0);
        agreements.add(new Object[]{id, courtId, title, content, from, to, terminated == null ? "SIGNED" : "TERMINATED", signed,
                terminated, terminated == null ? null : "共建单位机构调整，双方协商一致提前终止。", title + ".pdf", "application/pdf",
                document(title), ACTOR, at, terminated == null ? at : terminated.atTime(10, 0)});
        partnerIds.forEach(p -> agreementPartners.add(new Object[]{id, p, courtId}));
        branches.forEach(b -> agreementBranches.add(new Object[]{id, b.id(), courtId, b.path()}));
    }

    private void draft(String title, String content, LocalDate from, LocalDate to, long partner, Unit branch) {
        long id = nextAgreement++;
        LocalDateTime at = today.minusDays(3).atTime(15, 0);
        agreements.add(new Object[]{id, courtId, title, content, from, to, "DRAFT", null, null, null, null, null, null, ACTOR, at, at});
        agreementPartners.add(new Object[]{id, partner, courtId});
        agreementBranches.add(new Object[]{id, branch.id(), courtId, branch.path()});
    }

    /** Last year's and this year's report of every street, but this year's of one street is missing. */
    private void reports(List<StreetFact> streets) {
        for (StreetFact street : streets) {
            for (int year : List.of(today.getYear() - 1, today.getYear())) {
                if (year == today.getYear() && street.name().equals(MISSING_REPORT_STREET)) {
                    continue;
                }
                String title = street.name() + year + "年度党建共建工作报告";
                reports.add(new Object[]{courtId, street.id(), year, title, title + ".pdf", "application/pdf", document(title),
                        ACTOR, year == today.getYear() ? today.minusDays(2).atTime(16, 0) : LocalDate.of(year, 12, 28).atTime(16, 0)});
            }
        }
    }

    /** A one-page PDF standing for a signed document. */
    private static byte[] document(String title) {
        return ("%PDF-1.4\n% " + title + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long next(String table) {
        return 1 + jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    }

    private void write() {
        jdbc.batchUpdate("""
                insert into cobuilding_partner (id, court_id, name, type, district, street_id, party_organisation, contact_name,
                                                contact_phone, registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                partners);
        jdbc.batchUpdate("""
                insert into cobuilding_agreement (id, court_id, title, content, valid_from, valid_to, state, signed_on, terminated_on,
                                                  terminate_reason, document_name, document_type, document, recorded_by, recorded_at,
                                                  updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", agreements);
        jdbc.batchUpdate("insert into cobuilding_agreement_partner (agreement, partner_id, court_id) values (?, ?, ?)", agreementPartners);
        jdbc.batchUpdate("insert into cobuilding_agreement_branch (agreement, organization_id, court_id, organization_path) values (?, ?, ?, ?)",
                agreementBranches);
        jdbc.batchUpdate("""
                insert into cobuilding_activity (id, court_id, held_on, type, title, description, partner_id, street_id, people_reached,
                                                 recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", activities);
        jdbc.batchUpdate("insert into cobuilding_activity_branch (activity, organization_id, court_id, organization_path) values (?, ?, ?, ?)",
                activityBranches);
        List<Object[]> people = new ArrayList<>();
        participants.forEach((activity, members) -> members.forEach(m -> people.add(new Object[]{activity, m, courtId})));
        jdbc.batchUpdate("insert into cobuilding_activity_participant (activity, member_id, court_id) values (?, ?, ?)", people);
        jdbc.batchUpdate("""
                insert into cobuilding_street_report (court_id, street_id, report_year, title, file_name, content_type, content,
                                                      filed_by, filed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", reports);
        jdbc.execute("alter table cobuilding_partner alter column id restart with " + nextPartner);
        jdbc.execute("alter table cobuilding_agreement alter column id restart with " + nextAgreement);
        jdbc.execute("alter table cobuilding_activity alter column id restart with " + nextActivity);
        log.info("Demo co-building: {} partners, {} agreements, {} activities with {} participations, {} street reports",
                partners.size(), agreements.size(), activities.size(), people.size(), reports.size());
    }
}
