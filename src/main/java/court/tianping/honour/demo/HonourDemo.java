package court.tianping.honour.demo;

import court.tianping.honour.HonourLevel;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.CourtEntry;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Honours, volunteering and pioneer posts of the demo city, after the source articles: 65 person-times honoured at
 * provincial level or above across the city's courts in recent years (the Cangzhou article), with many more at
 * municipal, district and court level and collective honours for branches; the main court's 天平志愿服务队 with a
 * year of weekly service; pioneer posts at the filing, petition, trial and enforcement posts (the Xuecheng article).
 * Written in batches as history; no events.
 */
@Component
class HonourDemo {

    static final int PROVINCIAL_OR_ABOVE = 65;
    private static final Logger log = LoggerFactory.getLogger(HonourDemo.class);
    private static final String ACTOR = "demo";

    private static final List<String> NATIONAL = List.of("全国优秀法官", "全国法院办案标兵", "全国法院先进个人", "全国优秀共产党员");
    private static final List<String> PROVINCIAL = List.of("北京市优秀法官", "北京法院先进个人", "北京市三八红旗手",
            "首都劳动奖章", "北京市优秀共产党员", "北京法院审判业务专家");
    private static final List<String> MUNICIPAL = List.of("市直机关优秀共产党员", "市直机关优秀党务工作者", "首都政法系统先进个人");
    private static final List<String> DISTRICT = List.of("区优秀共产党员", "区优秀党务工作者", "区三八红旗手", "区青年岗位能手");
    private static final List<String> COURT = List.of("院优秀共产党员", "院办案标兵", "院优秀党员先锋岗代表", "院调解能手",
            "院廉洁司法标兵");
    private static final List<String> PLACES = List.of("金融街街道社区服务中心", "月坛街道养老驿站", "新街口街道文化广场",
            "展览路街道市民服务大厅", "什刹海街道党群服务中心", "德胜街道社区法律服务站", "广安门外街道青年汇");
    private static final List<String> SERVICES = List.of("为社区老人讲解防范养老诈骗", "开展“法律进社区”普法宣传",
            "参加社区疫情防控值守", "为辖区中小学生上法治课", "义务解答群众法律咨询", "协助社区开展矛盾纠纷排查",
            "走访慰问困难群众并讲解法律援助政策");
    private static final List<String> POSTS = List.of("立案窗口党员先锋岗", "信访接待党员先锋岗", "审判一线党员先锋岗",
            "执行攻坚党员先锋岗", "诉调对接党员先锋岗", "诉讼服务党员先锋岗");

    private final OrganizationDirectory directory;
    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Long, String> paths = new HashMap<>();
    private Random random;
    private LocalDate today;

    HonourDemo(OrganizationDirectory directory, UserAccounts accounts, JdbcTemplate jdbc, TransactionTemplate transactions,
               Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Before the archive's demo, which reads the honours to write the honoured members' merit entries. */
    static final int ORDER = 15;

    @EventListener
    @Order(ORDER)
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo honours and volunteering generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void generate(long mainCourtId) {
        random = new Random(20221016L);
        today = LocalDate.now(clock);
        paths.clear();
        Map<Long, List<Person>> people = new HashMap<>();
        Map<Long, List<Unit>> branches = new HashMap<>();
        for (CourtEntry court : directory.courts()) {
            List<Unit> courtBranches = directory.branches(court.id());
            if (courtBranches.isEmpty()) {
                continue;
            }
            branches.put(court.id(), courtBranches);
            long root = Long.parseLong(courtBranches.get(0).path().split("/")[1]);
            List<Person> members = new ArrayList<>(directory.members(root));
            members.removeIf(p -> path(p) == null);
            if (!members.isEmpty()) {
                people.put(court.id(), members);
            }
        }
        Optional<Long> demoMember = accounts.findByUsername("member").map(TianpingUser::memberId);
        honours(mainCourtId, people, branches, demoMember);
        volunteering(mainCourtId, people.getOrDefault(mainCourtId, List.of()), branches.get(mainCourtId), demoMember);
        posts(branches.getOrDefault(mainCourtId, List.of()), demoMember);
    }

    private void honours(long mainCourtId, Map<Long, List<Person>> people, Map<Long, List<Unit>> branches,
                         Optional<Long> demoMember) {
        long next = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from honour", Long.class);
        List<Object[]> honours = new ArrayList<>();
        List<Object[]> recipients = new ArrayList<>();
        List<Long> courts = new ArrayList<>(people.keySet());
        Collections.sort(courts);
        Set<Long> honoured = new HashSet<>();
        for (int i = 0; i < PROVINCIAL_OR_ABOVE; i++) {
            long court = i % 3 == 0 ? mainCourtId : courts.get(random.nextInt(courts.size()));
            boolean national = i % 8 == 0;
            // 65 different members, as the source counts them
            Person person = pick(people.get(court));
            while (!honoured.add(person.id())) {
                person = pick(people.get(court));
            }
            long id = next++;
            honours.add(honour(id, court, national ? pick(NATIONAL) : pick(PROVINCIAL),
                    national ? HonourLevel.NATIONAL : HonourLevel.PROVINCIAL,
                    national ? "最高人民法院" : "北京市高级人民法院", null));
            recipients.add(new Object[]{id, person.id(), path(person), court});
        }
        for (long court : courts) {
            int count = court == mainCourtId ? 90 : 15;
            for (int i = 0; i < count; i++) {
                int r = random.nextInt(10);
                HonourLevel level = r < 2 ? HonourLevel.MUNICIPAL : r < 5 ? HonourLevel.DISTRICT : HonourLevel.COURT;
                String title = switch (level) {
                    case MUNICIPAL -> pick(MUNICIPAL);
                    case DISTRICT -> pick(DISTRICT);
                    default -> pick(COURT);
                };
                String by = switch (level) {
                    case MUNICIPAL -> "中共北京市委政法委员会";
                    case DISTRICT -> "中共北京市西城区委员会";
                    default -> "院党组";
                };
                long id = next++;
                honours.add(honour(id, court, title, level, by, null));
                Person person = pick(people.get(court));
                recipients.add(new Object[]{id, person.id(), path(person), court});
            }
            for (Unit branch : branches.get(court)) {
                if (random.nextInt(3) == 0) {
                    boolean district = random.nextBoolean();
                    honours.add(honour(next++, court, "先进基层党组织", district ? HonourLevel.DISTRICT : HonourLevel.COURT,
                            district ? "中共北京市西城区委员会" : "院党组", branch));
                }
            }
        }
        long own = next++;
        demoMember.ifPresent(member -> directory.member(member).ifPresent(person -> {
            long id = own;
            honours.add(new Object[]{id, person.courtId(), "院优秀共产党员", HonourLevel.COURT.name(), "院党组",
                    today.minusMonths(6).withDayOfMonth(28), "院党发〔" + today.minusMonths(6).getYear() + "〕12号", null, null,
                    ACTOR, today.minusMonths(6).atStartOfDay()});
            recipients.add(new Object[]{id, person.id(), path(person), person.courtId()});
        }));
        jdbc.batchUpdate("""
                insert into honour (id, court_id, title, level, awarded_by, awarded_on, document_no, organization_id,
                                    organization_path, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", honours);
        jdbc.batchUpdate("insert into honour_recipient (honour, member_id, member_path, court_id) values (?, ?, ?, ?)", recipients);
        long last = honours.stream().mapToLong(h -> (Long) h[0]).max().orElse(next - 1);
        jdbc.execute("alter table honour alter column id restart with " + (last + 1));
    }

    private Object[] honour(long id, long court, String title, HonourLevel level, String by, Unit organisation) {
        LocalDate on = today.minusDays(30 + random.nextInt(3 * 365));
        String document = "〔" + on.getYear() + "〕" + (1 + random.nextInt(60)) + "号";
        return new Object[]{id, court, title, level.name(), by, on, document,
                organisation == null ? null : organisation.id(), organisation == null ? null : organisation.path(),
                ACTOR, on.atStartOfDay()};
    }

    private void volunteering(long court, List<Person> members, List<Unit> branches, Optional<Long> demoMember) {
        if (members.size() < 10 || branches == null) {
            return;
        }
        Unit committee = ancestor(branches.get(0), OrganizationType.ORGAN_COMMITTEE);
        LocalDate formed = today.minusYears(3);
        long team = jdbc.queryForObject("select coalesce(max(id), 0) from volunteer_team", Long.class) + 1;
        jdbc.update("insert into volunteer_team (id, court_id, organization_id, organization_path, name, formed_on) values (?, ?, ?, ?, ?, ?)",
                team, court, committee.id(), committee.path(), "天平志愿服务队", formed);
        jdbc.execute("alter table volunteer_team alter column id restart with " + (team + 1));
        List<Person> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, random);
        List<Person> volunteers = new ArrayList<>(shuffled.subList(0, 30));
        demoMember.flatMap(directory::member).filter(p -> volunteers.stream().noneMatch(v -> v.id() == p.id()))
                .ifPresent(volunteers::add);
        List<Object[]> joined = new ArrayList<>();
        for (Person p : volunteers) {
            joined.add(new Object[]{team, p.id(), path(p), court, formed.plusDays(random.nextInt(200))});
        }
        jdbc.batchUpdate("insert into volunteer (volunteer_team, member_id, member_path, court_id, joined_on) values (?, ?, ?, ?, ?)", joined);
        long service = jdbc.queryForObject("select coalesce(max(id), 0) from volunteer_service", Long.class) + 1;
        List<Object[]> services = new ArrayList<>();
        List<Object[]> hours = new ArrayList<>();
        for (LocalDate day = today.minusYears(1).plusDays(3); day.isBefore(today); day = day.plusDays(7)) {
            long id = service++;
            services.add(new Object[]{id, court, team, day, pick(PLACES), pick(SERVICES), ACTOR, day.atTime(18, 0)});
            List<Person> present = new ArrayList<>(volunteers);
            Collections.shuffle(present, random);
            int count = 5 + random.nextInt(8);
            for (Person p : present.subList(0, count)) {
                hours.add(new Object[]{id, p.id(), path(p), court, BigDecimal.valueOf(2 + random.nextInt(5)).divide(BigDecimal.ONE)});
            }
        }
        jdbc.batchUpdate("""
                insert into volunteer_service (id, court_id, team_id, served_on, place, description, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", services);
        jdbc.batchUpdate("insert into volunteer_hours (volunteer_service, member_id, member_path, court_id, hours) values (?, ?, ?, ?, ?)", hours);
        jdbc.execute("alter table volunteer_service alter column id restart with " + service);
    }

    private void posts(List<Unit> branches, Optional<Long> demoMember) {
        if (branches.isEmpty()) {
            return;
        }
        long next = jdbc.queryForObject("select coalesce(max(id), 0) from pioneer_post", Long.class) + 1;
        List<Object[]> posts = new ArrayList<>();
        List<Object[]> holders = new ArrayList<>();
        String commitments = "亮身份、比党性、创一流队伍；亮承诺、比作风、创一流形象；亮品牌、比奉献、创一流业绩。"
                + "接待当事人热心、倾听诉求耐心、审判案件细心、解决问题诚心。";
        for (int i = 0; i < Math.min(POSTS.size(), branches.size()); i++) {
            Unit branch = branches.get(i);
            long id = next++;
            LocalDate starts = LocalDate.of(today.getYear(), 1, 1);
            posts.add(new Object[]{id, branch.courtId(), branch.id(), branch.path(), POSTS.get(i), starts, null, commitments,
                    ACTOR, starts.atTime(9, 0)});
            List<Person> members = new ArrayList<>(directory.members(branch.id()));
            members.removeIf(p -> path(p) == null);
            for (Person p : members.subList(0, Math.min(members.size(), 2))) {
                holders.add(new Object[]{id, p.id(), path(p), branch.courtId()});
            }
        }
        long lastPost = next - 1;
        demoMember.flatMap(directory::member).ifPresent(p -> {
            if (!posts.isEmpty() && holders.stream().noneMatch(h -> (long) h[1] == p.id())) {
                holders.add(new Object[]{lastPost, p.id(), path(p), p.courtId()});
            }
        });
        jdbc.batchUpdate("""
                insert into pioneer_post (id, court_id, organization_id, organization_path, name, starts_on, ends_on, commitments,
                                          recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", posts);
        jdbc.batchUpdate("insert into pioneer_post_holder (pioneer_post, member_id, member_path, court_id) values (?, ?, ?, ?)", holders);
        jdbc.execute("alter table pioneer_post alter column id restart with " + next);
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

    private String path(Person person) {
        return paths.computeIfAbsent(person.organizationId(), id -> directory.unit(id).map(Unit::path).orElse(null));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
