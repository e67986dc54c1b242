package court.tianping.life.application;

import court.tianping.organization.OrganizationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The generation of each court's compliance calendar (compliance_generation): a number that every write
 * changing the calendar raises in the same transaction, so that a calendar computed under one number is
 * known to be current while the number stays the same, on every application node.
 */
@Component
public class ComplianceGenerations {

    /** The row that counts towards every court: raised by writes that may change any court. */
    static final long EVERY_COURT = 0;

    private final JdbcClient jdbc;

    ComplianceGenerations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current generation of each court given (courts never raised have their share of the common row). */
    Map<Long, Long> of(Collection<Long> courtIds) {
        Map<Long, Long> raised = new HashMap<>();
        jdbc.sql("select court_id, generation from compliance_generation where court_id in (:courts) or court_id = :every")
                .param("courts", courtIds.isEmpty() ? List.of(-1L) : courtIds).param("every", EVERY_COURT)
                .query((rs, n) -> raised.put(rs.getLong(1), rs.getLong(2))).list();
        long common = raised.getOrDefault(EVERY_COURT, 0L);
        Map<Long, Long> generations = new HashMap<>();
        for (Long court : courtIds) {
            generations.put(court, common + raised.getOrDefault(court, 0L));
        }
        return generations;
    }

    /**
     * Raises the generation of these courts in the caller's transaction, in order of id, so that two writers
     * never wait on each other crosswise.
     */
    @Transactional
    void raise(Collection<Long> courtIds) {
        for (Long court : new TreeSet<>(courtIds)) {
            String raise = "update compliance_generation set generation = generation + 1 where court_id = :court";
            if (jdbc.sql(raise).param("court", court).update() == 0
                    && jdbc.sql("insert into compliance_generation (court_id, generation) values (:court, 1) on conflict do nothing")
                    .param("court", court).update() == 0) {
                // inserted meanwhile by another transaction, which has committed
                jdbc.sql(raise).param("court", court).update();
            }
        }
    }

    /** Raises the generation of every court. */
    @Transactional
    void raiseEveryCourt() {
        raise(List.of(EVERY_COURT));
    }

    /** A branch created, renamed, dated or dissolved changes the calendar of its court. */
    @EventListener
    @Transactional
    void on(OrganizationChanged changed) {
        if (changed.court() != null) {
            raise(List.of(changed.court().value()));
        }
    }
}
