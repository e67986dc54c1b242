package court.tianping.demand.application;

import court.tianping.demand.DeadlineStep;
import court.tianping.demand.Urgency;
import court.tianping.demand.domain.DeadlinePolicy;
import court.tianping.demand.domain.TimeLimit;
import court.tianping.platform.WorkingDays;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/**
 * Deadlines on the court's time limits and the platform's working-day calendar: the clock stands still on
 * weekends and holidays.
 */
@Component
class CalendarDeadlinePolicy implements DeadlinePolicy {

    private final WorkingDays workingDays;
    private final TimeLimitSettings limits;

    CalendarDeadlinePolicy(WorkingDays workingDays, TimeLimitSettings limits) {
        this.workingDays = workingDays;
        this.limits = limits;
    }

    /** A limit in hours runs on working time; a limit in days ends at midnight of the last working day. */
    @Override
    public LocalDateTime due(long courtId, DeadlineStep step, Urgency urgency, LocalDateTime from) {
        TimeLimit limit = limits.of(courtId).limit(step, urgency);
        return switch (limit.unit()) {
            case HOURS -> workingDays.plusWorkingMinutes(from, limit.amount() * 60L);
            case DAYS -> workingDays.plusWorkingDays(from.toLocalDate(), limit.amount()).plusDays(1).atStartOfDay();
        };
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
