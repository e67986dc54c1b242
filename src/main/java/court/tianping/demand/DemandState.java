package court.tianping.demand;

import java.util.Set;

/** The flow 点单 > 派单 > 接单 > 办单 > 回访, with 退单 back to the dispatcher. */
public enum DemandState {
    SUBMITTED, DISPATCHED, RETURNED, ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED, VISITED, CLOSED;

    public static final Set<DemandState> AWAITING_DISPATCH = Set.of(SUBMITTED, RETURNED);
    public static final Set<DemandState> BEING_HANDLED = Set.of(ASSIGNED, IN_PROGRESS);
    public static final Set<DemandState> DONE = Set.of(RESOLVED, VISITED, CLOSED);

    public boolean isOpen() {
        return !DONE.contains(this);
    }
}
