package court.tianping.demand;

import court.tianping.IntegrationTest;
import court.tianping.demand.application.DemandCatalog;
import court.tianping.demand.application.DemandFigures;
import court.tianping.demand.application.DemandFigures.Figures;
import court.tianping.demand.application.DemandFigures.Rates;
import court.tianping.demand.application.DemandIntake;
import court.tianping.demand.application.DemandTally;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;
import court.tianping.platform.TianpingUser;
import court.tianping.platform.UserAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static court.tianping.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures read from the tally are the figures of the records: checked against plain SQL over the
 * demands themselves, for the office, a branch secretary and the city, before and after the changes are
 * folded, while demands move through the flow, and after a rebuild.
 */
@IntegrationTest
class DemandFiguresIT {

    private static final String MEASURES = """
            count(*) as total,
            sum(case when first_contact_at is not null and first_contact_at <= first_contact_due then 1 else 0 end) as responded,
            sum(case when first_contact_at is not null or first_contact_due < :now then 1 else 0 end) as response_due,
            sum(case when state in ('RESOLVED', 'VISITED', 'CLOSED') then 1 else 0 end) as resolved,
            sum(case when satisfaction is not null then 1 else 0 end) as visited,
            sum(case when satisfaction in ('SATISFIED', 'FAIRLY_SATISFIED') then 1 else 0 end) as satisfied,
            sum(case when outcome is not null and outcome <> 'REFERRED_TO_LITIGATION' then 1 else 0 end) as before_litigation
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemandFigures figures;
    @Autowired
    DemandTally tally;
    @Autowired
    DemandCatalog catalog;
    @Autowired
    DemandIntake intake;
    @Autowired
    DemandRepository demands;
    @Autowired
    Clock clock;

    DemandSteps steps;

    @BeforeEach
    void setUp() {
        steps = new DemandSteps(mvc, accounts, jdbc, demands);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFiguresAreThoseOfTheRecordsWhateverTheStateOfTheTally() throws Exception {
        assertOfficeAndSecretarySeeTheRecords();

        tally.compact();
        assertThat(jdbc.sql("select count(*) from demand_tally_change").query(Long.class).single()).isZero();
        assertOfficeAndSecretarySeeTheRecords();

        long resolved = recordCall("邻居装修噪音扰民，请求调解。");
        step("cellleader", resolved, "accept");
        step("cellleader", resolved, "assign", "member", Long.toString(accounts.findByUsername("member").orElseThrow().memberId()));
        step("member", resolved, "actions", "kind", "CALL", "minutes", "10", "note", "电话联系");
        step("member", resolved, "resolve", "outcome", "ADVICE_GIVEN", "note", "已释法说理");
        step("secretary", resolved, "visit", "satisfaction", "FAIRLY_SATISFIED", "comment", "基本满意");
        long returned = recordCall("物业费纠纷咨询。");
        step("secretary", returned, "return", "reason", "不属于本支部结对街道的事务");
        assertThat(demands.findById(resolved).orElseThrow().state()).isEqualTo(DemandState.VISITED);
        assertThat(demands.findById(returned).orElseThrow().branchId()).isNull();
        assertOfficeAndSecretarySeeTheRecords();

        tally.compact();
        assertOfficeAndSecretarySeeTheRecords();
        signIn("admin");
        assertThat(figures.figures(null, null)).satisfies(f -> assertMatches(f, "1 = 1", Map.of()));

        tally.rebuild();
        assertThat(jdbc.sql("select count(*) from demand_tally_change").query(Long.class).single()).isZero();
        assertOfficeAndSecretarySeeTheRecords();
    }

    @Test
    void thePageShowsTheLargestGroupsFirstAndSaysHowManyTheExportHas() throws Exception {
        TianpingUser office = signIn("office");
        for (int i = 0; i < 21; i++) {
            String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
            long street = catalog.addStreet(office.courtId(), "西城区", "统计测试街道" + suffix, null);
            intake.receive(office.courtId(), new DemandDetails(Channel.HOTLINE_12345, "FIG-" + suffix,
                    new Requester(RequesterKind.PERSON, "孙志强", "13700001111", null),
                    new Place("西城区", street, null, null), null, ServiceKind.CONSULTATION,
                    Urgency.NORMAL, "咨询相邻关系纠纷。"));
        }
        Figures f = figures.figures(null, null);
        assertThat(f.byStreet().size()).as("more streets than the page shows").isGreaterThan(20);
        String html = mvc.perform(MockMvcRequestBuilders.get("/demands/figures")
                        .with(as(accounts, "office")).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        for (var table : Map.of("by-branch", f.byBranch(), "by-street", f.byStreet()).entrySet()) {
            List<Rates> all = table.getValue();
            var rows = page.select("[data-testid=rates-" + table.getKey() + "] tbody tr");
            assertThat(rows).hasSize(Math.min(20, all.size()));
            assertThat(rows.get(0).child(0).text()).isEqualTo(all.get(0).name());
            var more = page.select("[data-testid=more-" + table.getKey() + "]");
            if (all.size() > 20) {
                assertThat(more.text()).contains("共 " + all.size() + " 个");
            } else {
                assertThat(more).isEmpty();
            }
        }
    }

    @Test
    void hotspotsAreTheStreetAndCategoryCellsThatRoseMost() {
        signIn("office");
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        Figures f = figures.figures(lastMonth, lastMonth);
        Map<String, long[]> cells = new HashMap<>();
        String sql = "select s.name as street, c.name as category, count(*) as n from demand d join street s on s.id = d.street_id "
                + "join dispute_category c on c.id = d.category_id where d.court_id = :court and d.submitted_at >= :from "
                + "and d.submitted_at < :to group by s.name, c.name";
        jdbc.sql(sql).param("court", xicheng()).param("from", lastMonth.atDay(1).atStartOfDay())
                .param("to", lastMonth.plusMonths(1).atDay(1).atStartOfDay())
                .query((rs, n) -> cells.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new long[2])[0] = rs.getLong(3)).list();
        jdbc.sql(sql).param("court", xicheng()).param("from", lastMonth.minusMonths(1).atDay(1).atStartOfDay())
                .param("to", lastMonth.atDay(1).atStartOfDay())
                .query((rs, n) -> cells.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new long[2])[1] = rs.getLong(3)).list();
        long topRise = cells.values().stream().mapToLong(c -> c[0] - c[1]).max().orElse(0);

        assertThat(f.hotspots()).isNotEmpty();
        assertThat(f.hotspots().get(0).rise()).isEqualTo(topRise);
        f.hotspots().forEach(h -> {
            long[] expected = cells.get(h.street() + "/" + h.category());
            assertThat(new long[]{h.count(), h.previous()}).as(h.street() + " " + h.category()).containsExactly(expected);
        });
    }

    @Test
    void aPeriodOfMonthsHasEveryMonthEvenWithoutDemands() {
        signIn("office");
        YearMonth future = YearMonth.now(clock).plusMonths(2);
        Figures f = figures.figures(future, future.plusMonths(2));
        assertThat(f.byMonth()).extracting(Rates::key)
                .containsExactly(future.toString(), future.plusMonths(1).toString(), future.plusMonths(2).toString());
        assertThat(f.overall().total()).isZero();
        assertThat(f.overall().resolutionRate()).isNull();
    }

    private void assertOfficeAndSecretarySeeTheRecords() {
        signIn("office");
        Figures office = figures.figures(null, null);
        assertMatches(office, "court_id = :court", Map.of("court", xicheng()));
        assertThat(office.overall().total()).isPositive();

        TianpingUser secretary = signIn("secretary");
        String path = jdbc.sql("select organization_path from demand where branch_id = :b and organization_path is not null "
                        + "fetch first 1 rows only").param("b", secretary.organizationId()).query(String.class).single();
        String branchPath = path.substring(0, path.indexOf("/" + secretary.organizationId() + "/") + ("/" + secretary.organizationId() + "/").length());
        Figures branch = figures.figures(null, null);
        assertMatches(branch, "organization_path like :path", Map.of("path", branchPath + "%"));
        assertThat(branch.overall().total()).isPositive().isLessThan(office.overall().total());
    }

    private void assertMatches(Figures f, String scope, Map<String, Object> params) {
        assertThat(counts(List.of(f.overall()))).isEqualTo(records(f, scope, params, "''"));
        assertThat(counts(f.byBranch())).isEqualTo(records(f, scope, params, "branch_id"));
        assertThat(counts(f.byStreet())).isEqualTo(records(f, scope, params, "street_id"));
        assertThat(counts(f.byCategory())).isEqualTo(records(f, scope, params, "category_id"));
        assertThat(counts(f.byChannel())).isEqualTo(records(f, scope, params, "channel"));
        assertThat(counts(f.byMonth().stream().filter(r -> r.total() > 0).toList()))
                .isEqualTo(records(f, scope, params, "extract(year from submitted_at) * 100 + extract(month from submitted_at)")
                        .entrySet().stream().collect(TreeMap::new,
                                (m, e) -> m.put(e.getKey().substring(0, 4) + "-" + e.getKey().substring(4, 6), e.getValue()), Map::putAll));
        assertThat(f.byMonth()).hasSize((int) (java.time.temporal.ChronoUnit.MONTHS.between(f.from(), f.to()) + 1));
    }

    private Map<String, List<Long>> counts(List<Rates> rates) {
        Map<String, List<Long>> counts = new TreeMap<>();
        rates.forEach(r -> counts.put(r.key(), List.of(r.total(), r.responded(), r.responseDue(), r.resolved(), r.visited(),
                r.satisfied(), r.beforeLitigation())));
        return counts;
    }

    /** The counts straight from the demands, grouped by a key, as the figures should give them. */
    private Map<String, List<Long>> records(Figures f, String scope, Map<String, Object> scopeParams, String key) {
        Map<String, List<Long>> counts = new TreeMap<>();
        jdbc.sql("select " + key + " as k, " + MEASURES + " from demand where " + scope
                        + " and submitted_at >= :from and submitted_at < :to"
                        + (key.equals("''") ? "" : " and " + key + " is not null group by " + key))
                .params(scopeParams)
                .param("now", LocalDateTime.now(clock))
                .param("from", f.from().atDay(1).atStartOfDay())
                .param("to", f.to().plusMonths(1).atDay(1).atStartOfDay())
                .query((rs, n) -> counts.put(rs.getString("k").replace(".0", ""), List.of(rs.getLong("total"),
                        rs.getLong("responded"), rs.getLong("response_due"), rs.getLong("resolved"), rs.getLong("visited"),
                        rs.getLong("satisfied"), rs.getLong("before_litigation")))).list();
        return counts;
    }

    private TianpingUser signIn(String username) {
        TianpingUser user = accounts.findByUsername(username).orElseThrow();
        // the scope is kept for the length of a request, and the test's mock request outlives a change of user
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        return user;
    }

    private long xicheng() {
        return steps.xicheng();
    }

    private long recordCall(String description) throws Exception {
        return steps.recordCall(description);
    }

    private void step(String user, long id, String step, String... params) throws Exception {
        steps.step(user, id, step, params);
    }
}
