package court.tianping.demand.domain;

import court.tianping.demand.DeadlineStep;
import court.tianping.demand.Urgency;
import org.springframework.data.relational.core.mapping.Table;

/** A stored cell of a court's time limits. */
@Table("demand_time_limit")
record StepLimit(DeadlineStep step, Urgency urgency, int amount, LimitUnit unit) {

    static StepLimit of(LimitKey key, TimeLimit limit) {
        return new StepLimit(key.step(), key.urgency(), limit.amount(), limit.unit());
    }

    LimitKey key() {
        return new LimitKey(step, urgency);
    }

    TimeLimit limit() {
        return new TimeLimit(amount, unit);
    }
}
