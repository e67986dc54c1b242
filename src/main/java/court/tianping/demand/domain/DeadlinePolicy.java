package court.tianping.demand.domain;

import court.tianping.demand.DeadlineStep;
import court.tianping.demand.Urgency;

import java.time.LocalDateTime;

/** The time limits of the steps, counted on the working-day calendar. */
public interface DeadlinePolicy {

    /** When a step that starts at {@code from} is due, on the time limits of the court. */
    LocalDateTime due(long courtId, DeadlineStep step, Urgency urgency, LocalDateTime from);

    /** Moves a deadline by working time, when the clock was paused. */
    LocalDateTime extend(LocalDateTime due, long workingMinutes);

    long workingMinutesBetween(LocalDateTime from, LocalDateTime to);
}
