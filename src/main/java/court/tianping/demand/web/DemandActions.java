package court.tianping.demand.web;

import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.Transition;
import court.tianping.platform.Permission;
import court.tianping.platform.Role;
import court.tianping.platform.TianpingUser;

import static court.tianping.demand.domain.Transition.*;

/**
 * Which forms the detail page offers: the steps the demand allows now that this user's role may take, and
 * whether they may add files (everyone who takes part in the flow, until the demand is closed).
 */
public record DemandActions(boolean dispatch, boolean returnIt, boolean accept, boolean assign, boolean log, boolean resolve,
                            boolean visit, boolean reopen, boolean close, boolean pause, boolean resume, boolean attach) {

    static DemandActions of(Demand d, TianpingUser user) {
        boolean handles = user.has(Permission.DEMAND_HANDLE);
        boolean leads = handles && (user.role() == Role.BRANCH_SECRETARY || user.role() == Role.CELL_LEADER
                || user.role() == Role.PLATFORM_ADMIN);
        boolean dispatches = user.has(Permission.DEMAND_DISPATCH);
        boolean visits = user.has(Permission.DEMAND_VISIT);
        boolean clock = handles || dispatches;
        boolean takesPart = handles || dispatches || user.has(Permission.DEMAND_INTAKE) || user.has(Permission.DEMAND_ORDER);
        return new DemandActions(dispatches && d.allows(DISPATCH), leads && d.allows(RETURN), leads && d.allows(ACCEPT),
                leads && d.allows(ASSIGN), handles && d.allows(LOG), handles && d.allows(RESOLVE), visits && d.allows(VISIT),
                visits && d.allows(REOPEN), visits && d.allows(CLOSE), clock && d.allows(PAUSE), clock && d.allows(RESUME),
                takesPart && d.allows(ATTACH));
    }

    public boolean any() {
        return dispatch || returnIt || accept || assign || log || resolve || visit || reopen || close || pause || resume;
    }
}
