package court.tianping.demand.application;

import court.tianping.demand.DeadlineStep;
import court.tianping.demand.Urgency;
import court.tianping.demand.domain.DeadlinePolicy;
import court.tianping.platform.WorkingDays;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/** Deadlines on the platform's working-day calendar: the clock stands still on weekends and holidays. */
@Component
class CalendarDeadlinePolicy implements DeadlinePolicy {

    private final WorkingDays workingDays;
    private final DemandLimits limits;

    CalendarDeadlinePolicy(WorkingDays workingDays, DemandLimits limits) {
        this.workingDays = workingDays;
        this.limits = limits;
    }

    @Override
    public LocalDateTime due(DeadlineStep step, Urgency urgency, LocalDateTime from) {
        String limit = limits.limit(step, urgency);
        int amount = Integer.parseInt(limit.substring(0, limit.length() - 1));
        if (limit.endsWith("h")) {
            return workingDays.plusWorkingMinutes(from, amount * 60L);
        }
        return workingDays.plusWorkingDays(from.toLocalDate(), amount).plusDays(1).atStartOfDay();
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
