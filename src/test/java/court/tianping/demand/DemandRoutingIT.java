package court.tianping.demand;

import court.tianping.IntegrationTest;
import court.tianping.Logins;
import court.tianping.core.DomainException;
import court.tianping.demand.application.DemandCatalog;
import court.tianping.demand.application.DemandIntake;
import court.tianping.demand.application.DemandIntake.Submitted;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Intake keeps what it looks up (streets, categories, routes) in memory for a while; a change of the catalog
 * made through the application is followed by the very next demand.
 */
@IntegrationTest
class DemandRoutingIT {

    @Autowired
    DemandCatalog catalog;
    @Autowired
    DemandIntake intake;
    @Autowired
    DemandRepository demands;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    UserAccounts accounts;

    long court;
    List<Unit> branches;

    @BeforeEach
    void signIn() {
        RequestContextHolder.resetRequestAttributes();
        Logins.signIn(accounts, "office");
        court = accounts.findByUsername("office").orElseThrow().courtId();
        branches = directory.branches(court);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theNextDemandFollowsAChangedRouteAndPairing() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long category = catalog.addCategory(court, "路由测试" + suffix);
        long street = catalog.addStreet(court, "西城区", "路由测试街道" + suffix, null);
        Unit first = branches.get(0);
        Unit second = branches.get(1);

        assertThat(branchOf(submit(street, category))).as("no rule yet").isNull();

        catalog.routeCategory(court, category, first.id());
        assertThat(branchOf(submit(street, category))).isEqualTo(first.id());

        catalog.pairStreet(court, street, second.id());
        assertThat(branchOf(submit(street, category))).as("the street and the category disagree").isNull();

        catalog.routeCategory(court, category, null);
        assertThat(branchOf(submit(street, category))).isEqualTo(second.id());
    }

    @Test
    void aCategoryTakenOutOfUseIsRefusedAtOnce() {
        long category = catalog.addCategory(court, "停用测试" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(submit(null, category).created()).isTrue();

        catalog.setCategoryActive(court, category, false);
        long before = demands.count();

        assertThatThrownBy(() -> submit(null, category)).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.demand.unknown-category");
        assertThat(demands.count()).isEqualTo(before);
    }

    private Submitted submit(Long street, long category) {
        DemandDetails details = new DemandDetails(Channel.HOTLINE_12345, "ROUTE-" + UUID.randomUUID().toString().substring(0, 18),
                new Requester(RequesterKind.PERSON, "钱立新", "13900001111", null), new Place("西城区", street, null, null),
                category, ServiceKind.CONSULTATION, Urgency.NORMAL, "咨询邻里纠纷如何调解。");
        return intake.receive(court, details);
    }

    private Long branchOf(Submitted submitted) {
        Demand demand = demands.findById(submitted.id()).orElseThrow();
        return demand.branchId();
    }
}
