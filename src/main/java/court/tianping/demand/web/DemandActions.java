package court.tianping.demand.web;

import court.tianping.demand.DemandState;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.domain.Demand;
import court.tianping.platform.Permission;
import court.tianping.platform.Role;
import court.tianping.platform.TianpingUser;

/** Which forms the detail page offers this user for a demand in its current state. */
public record DemandActions(boolean dispatch, boolean returnIt, boolean accept, boolean assign, boolean log, boolean resolve,
                     boolean visit, boolean reopen, boolean close, boolean pause, boolean resume) {

    static DemandActions of(Demand d, TianpingUser user) {
        DemandState s = d.state();
        boolean handles = user.has(Permission.DEMAND_HANDLE);
        boolean leads = handles && (user.role() == Role.BRANCH_SECRETARY || user.role() == Role.CELL_LEADER
                || user.role() == Role.PLATFORM_ADMIN);
        boolean paused = d.pausedAt() != null;
        boolean visits = user.has(Permission.DEMAND_VISIT);
        return new DemandActions(
                user.has(Permission.DEMAND_DISPATCH) && DemandState.AWAITING_DISPATCH.contains(s) && !paused,
                leads && (s == DemandState.DISPATCHED || s == DemandState.ACCEPTED),
                leads && s == DemandState.DISPATCHED,
                leads && (s == DemandState.ACCEPTED || DemandState.BEING_HANDLED.contains(s)),
                handles && DemandState.BEING_HANDLED.contains(s),
                handles && s == DemandState.IN_PROGRESS && !paused,
                visits && s == DemandState.RESOLVED,
                visits && s == DemandState.VISITED && d.satisfaction() == Satisfaction.UNSATISFIED,
                visits && s == DemandState.VISITED,
                (handles || user.has(Permission.DEMAND_DISPATCH)) && s.isOpen() && !paused,
                (handles || user.has(Permission.DEMAND_DISPATCH)) && paused);
    }

    public boolean any() {
        return dispatch || returnIt || accept || assign || log || resolve || visit || reopen || close || pause || resume;
    }
}
