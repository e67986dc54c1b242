package court.tianping.demand.domain;

import court.tianping.demand.DeadlineStep;
import court.tianping.demand.Urgency;

import java.util.ArrayList;
import java.util.List;

/** One cell of a court's table of time limits: a step for an urgency. */
public record LimitKey(DeadlineStep step, Urgency urgency) {

    /** Every step for every urgency, urgent first, in the order of the flow. */
    public static List<LimitKey> all() {
        List<LimitKey> keys = new ArrayList<>();
        for (DeadlineStep step : DeadlineStep.values()) {
            keys.add(new LimitKey(step, Urgency.URGENT));
            keys.add(new LimitKey(step, Urgency.NORMAL));
        }
        return keys;
    }

    /** {@code RESOLVE.URGENT}: the name of the cell in forms and in the audit log. */
    public String code() {
        return step.name() + "." + urgency.name();
    }
}
