package court.tianping.demand.demo;

import court.tianping.demand.ActionKind;
import court.tianping.demand.Channel;
import court.tianping.demand.Outcome;
import court.tianping.demand.RequesterKind;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.ServicePointKind;
import court.tianping.demand.Urgency;
import court.tianping.demand.application.DemandCatalog;
import court.tianping.demand.demo.DemandDemoData.Kind;
import court.tianping.demand.demo.DemandDemoData.StreetSeed;
import court.tianping.demand.domain.DeadlinePolicy;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Twelve months of demands over the demo city's streets, taken through the flow as far as their
 * age allows, so that the work lists, deadlines and figures of a living court are there at first
 * start; and a handful of current demands for the demo accounts to act on.
 */
@Component
class DemandDemo {

    private static final Logger log = LoggerFactory.getLogger(DemandDemo.class);
    private static final String ACTOR = "demo";

    private final DemandCatalog catalog;
    private final DemandRepository demands;
    private final OrganizationDirectory directory;
    private final DeadlinePolicy policy;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private Random random;
    private LocalDateTime now;
    private int workOrderNumber;
    // the organisation tree does not change while the demo is generated: each unit is read once
    private final Map<List<Long>, Optional<Long>> routes = new HashMap<>();
    private final Map<Long, List<Unit>> cellsOf = new HashMap<>();
    private final Map<Long, List<Person>> membersOf = new HashMap<>();
    private final Map<Long, Optional<Unit>> units = new HashMap<>();

    DemandDemo(DemandCatalog catalog, DemandRepository demands, OrganizationDirectory directory, DeadlinePolicy policy,
               UserAccounts accounts, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.catalog = catalog;
        this.demands = demands;
        this.directory = directory;
        this.policy = policy;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    record StreetSetup(long id, String name, String district, List<Long> communities, Unit branch) {
    }

    record CourtSetup(long courtId, String district, List<StreetSetup> streets, Map<String, Long> categories,
                      Map<String, Unit> branchesByDepartment) {
    }

    /** First among the demos: the streets and stations made here are what co-building builds on. */
    @EventListener
    @Order(0)
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo demands generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void generate(long xichengId) {
        random = new Random(20221118L);
        now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        workOrderNumber = 0;
        List.of(routes, cellsOf, membersOf, units).forEach(Map::clear);
        CourtSetup xicheng = setUp(xichengId, "西城区", DemandDemoData.XICHENG);
        List<CourtSetup> all = new ArrayList<>(List.of(xicheng));
        courtNamed("北京市通州区人民法院").ifPresent(id -> all.add(setUp(id, "通州区", DemandDemoData.TONGZHOU)));
        courtNamed("北京市大兴区人民法院").ifPresent(id -> all.add(setUp(id, "大兴区", DemandDemoData.DAXING)));
        jdbc.sql("insert into street_liaison (username, court_id, street_id, organisation) values ('partner', :court, :street, '西长安街街道工委')")
                .param("court", xichengId).param("street", xicheng.streets().get(0).id()).update();
        history(xicheng, 520);
        for (CourtSetup court : all.subList(1, all.size())) {
            history(court, 80);
        }
        current(xicheng);
    }

    private Optional<Long> courtNamed(String name) {
        return directory.courts().stream().filter(c -> c.name().equals(name)).map(OrganizationDirectory.CourtEntry::id).findFirst();
    }

    private CourtSetup setUp(long courtId, String district, List<StreetSeed> seeds) {
        Map<String, Unit> branches = new HashMap<>();
        directory.branches(courtId).forEach(b -> branches.put(b.name().replace("党支部", ""), b));
        Map<String, Long> categories = new HashMap<>();
        catalog.categories(courtId).forEach(c -> categories.put(c.name(), c.id()));
        DemandDemoData.CATEGORY_ROUTES.forEach((category, department) -> {
            if (branches.containsKey(department)) {
                catalog.routeCategory(courtId, categories.get(category), branches.get(department).id());
            }
        });
        List<StreetSetup> streets = new ArrayList<>();
        ServicePointKind[] stationKinds = {ServicePointKind.RED_MICRO_STATION, ServicePointKind.COMMUNITY_MICRO_COURT,
                ServicePointKind.MEDIATION_STATION, ServicePointKind.PARTY_SERVICE_STATION};
        for (int i = 0; i < seeds.size(); i++) {
            StreetSeed seed = seeds.get(i);
            Unit branch = branches.get(seed.pairedDepartment());
            long street = catalog.addStreet(courtId, district, seed.name(), branch == null ? null : branch.id());
            List<Long> communities = new ArrayList<>();
            for (String community : seed.communities()) {
                long id = catalog.addCommunity(courtId, street, community);
                communities.add(id);
                catalog.addServicePoint(courtId, street, id, ServicePointKind.COMMUNITY, community + "一码解纷");
            }
            ServicePointKind kind = stationKinds[i % stationKinds.length];
            catalog.addServicePoint(courtId, street, communities.get(0), kind, seed.communities().get(0) + stationName(kind));
            streets.add(new StreetSetup(street, seed.name(), district, communities, branch));
        }
        return new CourtSetup(courtId, district, streets, categories, branches);
    }

    private static String stationName(ServicePointKind kind) {
        return switch (kind) {
            case RED_MICRO_STATION -> "红色微e站";
            case COMMUNITY_MICRO_COURT -> "社区微法庭";
            case MEDIATION_STATION -> "调解工作站";
            case JUDGE_STATION -> "法官工作站";
            case PARTY_SERVICE_STATION -> "党群司法服务站";
            case COMMUNITY -> "一码解纷";
        };
    }

    /** Demands over the past year, each taken as far through the flow as its age allows. */
    private void history(CourtSetup court, int count) {
        List<Demand> past = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime submitted = now.toLocalDate().minusDays(1 + random.nextInt(365)).atTime(8 + random.nextInt(11), random.nextInt(60));
            StreetSetup street = court.streets().get(random.nextInt(court.streets().size()));
            Kind kind = hotspot(street, submitted).orElseGet(this::kind);
            Demand demand = newDemand(court, street, kind, submitted);
            demand.takeAsHistory();
            advance(court, demand, street, submitted, Integer.MAX_VALUE, null);
            past.add(demand);
        }
        // saveAll writes new aggregates in batches, one statement per table for many demands
        demands.saveAll(past);
    }

    /** The month's rising problems: property services in 月坛, pension fraud in 广安门外. */
    private Optional<Kind> hotspot(StreetSetup street, LocalDateTime submitted) {
        boolean recent = submitted.isAfter(now.minusDays(35));
        if (recent && street.name().equals("月坛街道") && random.nextInt(100) < 70) {
            return Optional.of(DemandDemoData.KINDS.get(0));
        }
        if (recent && street.name().equals("广安门外街道") && random.nextInt(100) < 60) {
            return Optional.of(DemandDemoData.KINDS.get(7));
        }
        return Optional.empty();
    }

    private Kind kind() {
        int total = DemandDemoData.KINDS.stream().mapToInt(Kind::weight).sum();
        int pick = random.nextInt(total);
        for (Kind kind : DemandDemoData.KINDS) {
            pick -= kind.weight();
            if (pick < 0) {
                return kind;
            }
        }
        throw new IllegalStateException();
    }

    /** A past demand, not yet saved: it is saved once, after it has been taken through the flow. */
    private Demand newDemand(CourtSetup court, StreetSetup street, Kind kind, LocalDateTime at) {
        int c = random.nextInt(100);
        Channel channel = c < 35 ? Channel.PARTNER_ORDER : c < 60 ? Channel.HOTLINE_12368 : c < 80 ? Channel.HOTLINE_12345
                : c < 90 ? Channel.QR_CODE : c < 95 ? Channel.STATION : Channel.WALK_IN;
        return newDemand(court, street, kind, at, channel, random.nextInt(100) < 10 ? Urgency.URGENT : Urgency.NORMAL);
    }

    private Demand submit(CourtSetup court, StreetSetup street, Kind kind, LocalDateTime at, Channel channel, Urgency urgency) {
        return demands.save(newDemand(court, street, kind, at, channel, urgency));
    }

    private Demand newDemand(CourtSetup court, StreetSetup street, Kind kind, LocalDateTime at, Channel channel, Urgency urgency) {
        boolean organisation = channel == Channel.PARTNER_ORDER && random.nextBoolean();
        String person = String.valueOf(DemandDemoData.SURNAMES.charAt(random.nextInt(DemandDemoData.SURNAMES.length())))
                + DemandDemoData.GIVEN[random.nextInt(DemandDemoData.GIVEN.length)];
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        Long community = street.communities().get(random.nextInt(street.communities().size()));
        Requester requester = new Requester(organisation ? RequesterKind.ORGANISATION : RequesterKind.PERSON, person, phone,
                organisation ? street.name() + "工委" : null);
        String externalRef = channel == Channel.HOTLINE_12345 ? String.format("12345-%d%06d", at.getYear(), ++workOrderNumber) : null;
        String description = kind.descriptions().get(random.nextInt(kind.descriptions().size()));
        DemandDetails details = new DemandDetails(channel, externalRef, requester,
                new Place(street.district(), street.id(), community, null), court.categories().get(kind.category()),
                kind.service(), urgency, description);
        String placedBy = channel == Channel.PARTNER_ORDER && street.name().equals("西长安街街道") ? "partner" : ACTOR;
        Demand demand = Demand.submit(court.courtId(), DemandCatalog.newCode(), details, placedBy, policy, at);
        demand.forgetEvents();
        return demand;
    }

    /** Takes a demand through the flow at plausible intervals, up to {@code lastStep} or the present. */
    private void advance(CourtSetup court, Demand demand, StreetSetup street, LocalDateTime submitted, int lastStep,
                         Person preferred) {
        Optional<Long> routed = routes.computeIfAbsent(Arrays.asList(demand.streetId(), demand.categoryId()),
                key -> catalog.routeFor(key.get(0), key.get(1)));
        Unit branch = routed.flatMap(this::unit).orElseGet(() -> fallbackBranch(court, demand, street));
        if (branch == null) {
            return;
        }
        LocalDateTime t = routed.isPresent() ? submitted : submitted.plusMinutes(30 + random.nextInt(random.nextInt(100) < 5 ? 2400 : 300));
        if (lastStep < 1 || t.isAfter(now)) {
            return;
        }
        demand.dispatch(branch, routed.isPresent(), routed.isPresent() ? "system" : "office", policy, t);
        List<Unit> cells = cellsOf.computeIfAbsent(branch.id(), directory::cells);
        if (cells.isEmpty()) {
            return;
        }
        Unit cell = preferred == null ? cells.get(random.nextInt(cells.size()))
                : unit(preferred.organizationId()).orElse(cells.get(0));
        t = t.plusMinutes(20 + random.nextInt(random.nextInt(100) < 5 ? 2000 : 400));
        if (lastStep < 2 || t.isAfter(now)) {
            return;
        }
        demand.accept(cell, ACTOR, t);
        List<Person> members = membersOf.computeIfAbsent(cell.id(), directory::members);
        if (members.isEmpty()) {
            return;
        }
        Person member = preferred != null ? preferred : members.get(random.nextInt(members.size()));
        t = t.plusMinutes(10 + random.nextInt(120));
        if (lastStep < 3 || t.isAfter(now)) {
            return;
        }
        demand.assign(member, unit(member.organizationId()).orElseThrow(), ACTOR, t);
        t = t.plusMinutes(30 + random.nextInt(random.nextInt(100) < 6 ? 3000 : 900));
        if (lastStep < 4 || t.isAfter(now)) {
            return;
        }
        demand.logAction(ActionKind.CALL, 10 + random.nextInt(30), "电话联系当事人，了解纠纷经过和诉求。", ACTOR, t);
        t = t.plusHours(12 + random.nextInt(96));
        if (lastStep < 5 || t.isAfter(now)) {
            return;
        }
        ActionKind work = workFor(demand.service());
        demand.logAction(work, 60 + random.nextInt(150), noteFor(work), ACTOR, t);
        t = t.plusHours(12 + random.nextInt(random.nextInt(100) < 5 ? 500 : 200));
        if (lastStep < 6 || t.isAfter(now)) {
            return;
        }
        Outcome outcome = outcomeFor(demand.service());
        demand.resolve(outcome, resolutionNote(outcome), ACTOR, policy, t);
        t = t.plusHours(4 + random.nextInt(60));
        if (lastStep < 7 || t.isAfter(now)) {
            return;
        }
        Satisfaction rating = random.nextInt(100) < 96 ? Satisfaction.SATISFIED : Satisfaction.FAIRLY_SATISFIED;
        demand.visit(rating, rating == Satisfaction.SATISFIED ? "法官耐心细致，问题解决了，非常满意。" : "基本解决，希望后续跟进。", ACTOR, t);
        t = t.plusHours(1 + random.nextInt(24));
        if (lastStep < 8 || t.isAfter(now)) {
            return;
        }
        demand.close("office", t);
    }

    private Optional<Unit> unit(long id) {
        return units.computeIfAbsent(id, directory::unit);
    }

    private Unit fallbackBranch(CourtSetup court, Demand demand, StreetSetup street) {
        Long routedByCategory = catalog.category(demand.categoryId()).map(DemandCatalog.Category::routedTo).orElse(null);
        if (routedByCategory != null) {
            return unit(routedByCategory).orElse(street.branch());
        }
        return street.branch();
    }

    private static ActionKind workFor(ServiceKind service) {
        return switch (service) {
            case LEGAL_EDUCATION -> ActionKind.LECTURE;
            case CONSULTATION, JUDICIAL_CONFIRMATION -> ActionKind.ADVICE;
            case ON_SITE_RESOLUTION -> ActionKind.VISIT;
            case MEDIATION_GUIDANCE, PRE_LITIGATION_MEDIATION -> ActionKind.MEDIATION_SESSION;
        };
    }

    private static String noteFor(ActionKind kind) {
        return switch (kind) {
            case LECTURE -> "到社区开展普法宣讲，讲解常见骗局和维权途径，现场答疑。";
            case ADVICE -> "结合案情提供法律意见，说明诉讼风险和非诉解决途径。";
            case VISIT -> "上门查看现场，与双方当事人面对面沟通。";
            default -> "组织双方当事人调解，社区调解员参加。";
        };
    }

    private Outcome outcomeFor(ServiceKind service) {
        if (service == ServiceKind.LEGAL_EDUCATION || service == ServiceKind.CONSULTATION) {
            return Outcome.ADVICE_GIVEN;
        }
        int o = random.nextInt(100);
        return o < 55 ? Outcome.MEDIATED_AGREEMENT : o < 72 ? Outcome.ADVICE_GIVEN : o < 84 ? Outcome.JUDICIAL_CONFIRMATION_APPLIED
                : o < 93 ? Outcome.REFERRED_TO_LITIGATION : o < 97 ? Outcome.WITHDRAWN : Outcome.NOT_A_LEGAL_MATTER;
    }

    private static String resolutionNote(Outcome outcome) {
        return switch (outcome) {
            case MEDIATED_AGREEMENT -> "双方达成调解协议，当场履行。";
            case ADVICE_GIVEN -> "已提供法律意见，当事人表示理解。";
            case JUDICIAL_CONFIRMATION_APPLIED -> "调解协议已申请司法确认。";
            case REFERRED_TO_LITIGATION -> "调解不成，已引导当事人依法起诉。";
            case WITHDRAWN -> "当事人自行和解，撤回申请。";
            case NOT_A_LEGAL_MATTER -> "不属于法律问题，已转交街道相关部门。";
        };
    }

    /** Current demands of the demo branch (民事审判第一庭党支部, paired with 西长安街), one at each step. */
    private void current(CourtSetup court) {
        StreetSetup street = court.streets().get(0);
        Person member = accounts.findByUsername("member").map(TianpingUser::memberId)
                .flatMap(directory::member).orElse(null);
        Kind neighbours = DemandDemoData.KINDS.get(1);
        Kind property = DemandDemoData.KINDS.get(0);
        Kind family = DemandDemoData.KINDS.get(2);
        // routed two ways (street → 民事一庭, category → 家事少年庭): waits in the office's dispatch queue
        submit(court, street, family, now.minusHours(3), Channel.HOTLINE_12368, Urgency.NORMAL);
        int[] lastSteps = {1, 1, 3, 4, 6};
        long[] hoursAgo = {2, 150, 20, 40, 500};
        for (int i = 0; i < lastSteps.length; i++) {
            Kind kind = i % 2 == 0 ? neighbours : property;
            LocalDateTime at = now.minusHours(hoursAgo[i]);
            Demand demand = submit(court, street, kind, at, i == 0 ? Channel.PARTNER_ORDER : Channel.HOTLINE_12368, Urgency.NORMAL);
            advance(court, demand, street, at, lastSteps[i], lastSteps[i] >= 2 ? member : null);
            demands.save(demand);
        }
    }
}
