package court.tianping.demand.application;

import court.tianping.demand.DeadlineStep;
import court.tianping.demand.domain.DeadlinePolicy;
import court.tianping.demand.domain.DemandRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 督办: overdue steps go first to the branch secretary (level 1) and, if still open once the working
 * hours the court has set for it have passed, to the Party-affairs office (level 2). An overdue dispatch
 * has no branch yet and goes to the office at once. Runs on one node at a time.
 */
@Component
public class DemandEscalation {

    private static final Logger log = LoggerFactory.getLogger(DemandEscalation.class);

    record Overdue(long demandId, long courtId, DeadlineStep step, LocalDateTime dueAt, int escalationLevel) {
    }

    private final JdbcClient jdbc;
    private final DemandRepository demands;
    private final DeadlinePolicy policy;
    private final TimeLimitSettings limits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DemandEscalation(JdbcClient jdbc, DemandRepository demands, DeadlinePolicy policy, TimeLimitSettings limits,
                     TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.demands = demands;
        this.policy = policy;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${tianping.demand.escalation-cron:0 */5 * * * *}", zone = "${tianping.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "demand-escalation", lockAtLeastFor = "PT1M")
    public void run() {
        int escalated = escalateOverdue();
        if (escalated > 0) {
            log.info("Escalated {} overdue demand steps", escalated);
        }
    }

    /** Escalates every overdue step as of now; returns how many escalations were made. */
    public int escalateOverdue() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Overdue> overdue = jdbc.sql("""
                        select dl.demand as demand_id, d.court_id, dl.step, dl.due_at, dl.escalation_level
                        from demand_deadline dl join demand d on d.id = dl.demand
                        where dl.met_at is null and dl.due_at < :now and dl.escalation_level < 2 and d.paused_at is null
                        order by dl.due_at""")
                .param("now", now).query(Overdue.class).list();
        Map<Long, Integer> hoursToOffice = new HashMap<>();
        int count = 0;
        for (Overdue o : overdue) {
            int hours = hoursToOffice.computeIfAbsent(o.courtId(), court -> limits.of(court).escalateToOfficeAfterHours());
            int level = levelFor(o, hours, now);
            if (level > o.escalationLevel() && escalate(o, level, now)) {
                count++;
            }
        }
        return count;
    }

    private int levelFor(Overdue o, int hoursToOffice, LocalDateTime now) {
        if (o.step() == DeadlineStep.DISPATCH) {
            return 2;
        }
        LocalDateTime toOffice = policy.extend(o.dueAt(), hoursToOffice * 60L);
        return now.isAfter(toOffice) ? 2 : 1;
    }

    private boolean escalate(Overdue o, int level, LocalDateTime now) {
        try {
            Boolean done = transactions.execute(status -> demands.findById(o.demandId())
                    .filter(d -> d.escalate(o.step(), level, now))
                    .map(d -> {
                        demands.save(d);
                        return true;
                    }).orElse(false));
            return Boolean.TRUE.equals(done);
        } catch (OptimisticLockingFailureException e) {
            return false;
        }
    }
}
