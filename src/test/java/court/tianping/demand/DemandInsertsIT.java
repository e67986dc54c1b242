package court.tianping.demand;

import court.tianping.IntegrationTest;
import court.tianping.demand.domain.DeadlinePolicy;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.platform.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demand written by the prepared insert of intake leaves exactly the rows, the figures' changes, the audit
 * entries and the events that Spring Data JDBC's {@code save} leaves for the same demand.
 */
@IntegrationTest
@RecordApplicationEvents
class DemandInsertsIT {

    @Autowired
    DemandRepository demands;
    @Autowired
    DeadlinePolicy policy;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    @Test
    void theInsertLeavesWhatSaveLeaves() {
        transactions.executeWithoutResult(status -> {
            LocalDateTime now = LocalDateTime.of(2026, 10, 9, 10, 30);
            Demand saved = demands.save(routedDemand("T-SAVE-0001", now));
            List<Object> savedEvents = events.stream(DemandEvent.class).map(Object.class::cast).toList();
            Demand inserted = demands.insert(routedDemand("T-INSERT-01", now));
            List<Object> insertedEvents = events.stream(DemandEvent.class).skip(savedEvents.size()).map(Object.class::cast).toList();

            assertThat(inserted.id()).isNotNull().isNotEqualTo(saved.id());
            assertThat(inserted.version()).isEqualTo(saved.version());
            assertThat(row("select * from demand where id = :id", inserted.id(), "id", "tracking_code", "external_ref"))
                    .isEqualTo(row("select * from demand where id = :id", saved.id(), "id", "tracking_code", "external_ref"))
                    .containsEntry("state", "DISPATCHED");
            assertThat(row("select tracking_code, external_ref from demand where id = :id", inserted.id()))
                    .containsEntry("tracking_code", "T-INSERT-01").containsEntry("external_ref", "INSERT-CHECK-T-INSERT-01");
            assertThat(rows("select * from demand_step where demand = :id order by seq", inserted.id(), "demand"))
                    .isEqualTo(rows("select * from demand_step where demand = :id order by seq", saved.id(), "demand"))
                    .hasSize(2);
            assertThat(rows("select * from demand_deadline where demand = :id order by step", inserted.id(), "demand"))
                    .isEqualTo(rows("select * from demand_deadline where demand = :id order by step", saved.id(), "demand"))
                    .isNotEmpty();
            assertThat(rows("select action from audit_log where subject_type = 'demand' and subject_id = :id order by id",
                    inserted.id().toString()))
                    .isEqualTo(rows("select action from audit_log where subject_type = 'demand' and subject_id = :id order by id",
                            saved.id().toString()))
                    .hasSize(2);
            assertThat(insertedEvents).extracting(e -> e.getClass().getSimpleName())
                    .containsExactlyElementsOf(savedEvents.stream().map(e -> e.getClass().getSimpleName()).toList())
                    .containsExactly("DemandSubmitted", "DemandDispatched");
            assertThat(insertedEvents).allSatisfy(e -> assertThat(((DemandEvent) e).demandId()).isEqualTo(inserted.id()));
            assertThat(demands.findById(inserted.id()).orElseThrow().steps())
                    .usingRecursiveComparison().isEqualTo(demands.findById(saved.id()).orElseThrow().steps());
            status.setRollbackOnly();
        });
    }

    @Test
    void aDemandAlreadyStoredIsNotInsertedAgain() {
        transactions.executeWithoutResult(status -> {
            Demand saved = demands.save(routedDemand("T-TWICE-001", LocalDateTime.of(2026, 10, 9, 10, 30)));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> demands.insert(saved))
                    .isInstanceOf(IllegalArgumentException.class);
            status.setRollbackOnly();
        });
    }

    private Demand routedDemand(String trackingCode, LocalDateTime now) {
        long branch = accounts.findByUsername("secretary").orElseThrow().organizationId();
        OrganizationDirectory.Unit unit = directory.unit(branch).orElseThrow();
        DemandDetails details = new DemandDetails(Channel.HOTLINE_12345, "INSERT-CHECK-" + trackingCode,
                new Requester(RequesterKind.PERSON, "赵国庆", "13911112222", null), new Place("西城区", null, null, null),
                null, ServiceKind.PRE_LITIGATION_MEDIATION, Urgency.URGENT, "楼上漏水，请求诉前调解。");
        Demand demand = Demand.submit(unit.courtId(), trackingCode, details, "admin", policy, now);
        demand.dispatch(unit, true, "system", policy, now);
        return demand;
    }

    private Map<String, Object> row(String sql, Object id, String... ignored) {
        return rows(sql, id, ignored).get(0);
    }

    private List<Map<String, Object>> rows(String sql, Object id, String... ignored) {
        return jdbc.sql(sql).param("id", id).query().listOfRows().stream().map(r -> {
            Map<String, Object> row = new HashMap<>();
            r.forEach((column, value) -> row.put(column.toLowerCase(), value));
            for (String column : ignored) {
                row.remove(column);
            }
            return row;
        }).toList();
    }
}
