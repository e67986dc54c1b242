package court.tianping.demand.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import court.tianping.demand.DeadlineStep;
import court.tianping.demand.DemandLimitsChanged;
import court.tianping.demand.Urgency;
import court.tianping.demand.domain.DeadlinePolicy;
import court.tianping.demand.domain.LimitKey;
import court.tianping.demand.domain.TimeLimit;
import court.tianping.platform.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Deadlines on the court's time limits and the platform's working-day calendar: the clock stands still on
 * weekends and holidays. A court's limits are read once and kept for a short while, as every demand's
 * deadlines need them: a change on this node applies at once, on the other nodes of a cluster within
 * {@link #KEPT}.
 */
@Component
class CalendarDeadlinePolicy implements DeadlinePolicy {

    static final Duration KEPT = Duration.ofSeconds(30);

    private final WorkingDays workingDays;
    private final TimeLimitSettings limits;
    private final Cache<Long, Map<LimitKey, TimeLimit>> inForce = Caffeine.newBuilder()
            .expireAfterWrite(KEPT).maximumSize(10_000).build();

    CalendarDeadlinePolicy(WorkingDays workingDays, TimeLimitSettings limits) {
        this.workingDays = workingDays;
        this.limits = limits;
    }

    /** A limit in hours runs on working time; a limit in days ends at midnight of the last working day. */
    @Override
    public LocalDateTime due(long courtId, DeadlineStep step, Urgency urgency, LocalDateTime from) {
        TimeLimit limit = inForce.get(courtId, court -> limits.of(court).table()).get(new LimitKey(step, urgency));
        return switch (limit.unit()) {
            case HOURS -> workingDays.plusWorkingMinutes(from, limit.amount() * 60L);
            case DAYS -> workingDays.plusWorkingDays(from.toLocalDate(), limit.amount()).plusDays(1).atStartOfDay();
        };
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DemandLimitsChanged changed) {
        inForce.invalidate(changed.court());
    }

    @Override
    public LocalDateTime extend(LocalDateTime due, long workingMinutes) {
        return workingDays.plusWorkingMinutes(due, workingMinutes);
    }

    @Override
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        return workingDays.workingMinutesBetween(from, to);
    }
}
