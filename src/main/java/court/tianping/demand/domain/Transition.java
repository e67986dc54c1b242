package court.tianping.demand.domain;

import court.tianping.demand.DemandState;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static court.tianping.demand.DemandState.ACCEPTED;
import static court.tianping.demand.DemandState.ASSIGNED;
import static court.tianping.demand.DemandState.DISPATCHED;
import static court.tianping.demand.DemandState.IN_PROGRESS;
import static court.tianping.demand.DemandState.RESOLVED;
import static court.tianping.demand.DemandState.VISITED;

/** The steps a person can take on a demand, each with the states it may start from. */
public enum Transition {
    DISPATCH(DemandState.AWAITING_DISPATCH),
    RETURN(Set.of(DISPATCHED, ACCEPTED)),
    ACCEPT(Set.of(DISPATCHED)),
    ASSIGN(Set.of(ACCEPTED, ASSIGNED, IN_PROGRESS)),
    LOG(DemandState.BEING_HANDLED),
    RESOLVE(Set.of(IN_PROGRESS)),
    VISIT(Set.of(RESOLVED)),
    REOPEN(Set.of(VISITED)),
    CLOSE(Set.of(VISITED)),
    PAUSE(EnumSet.complementOf(EnumSet.copyOf(DemandState.DONE))),
    RESUME(EnumSet.allOf(DemandState.class)),
    ATTACH(EnumSet.complementOf(EnumSet.of(DemandState.CLOSED)));

    private final Set<DemandState> from;

    Transition(Set<DemandState> from) {
        this.from = Set.copyOf(from);
    }

    boolean startsFrom(DemandState state) {
        return from.contains(state);
    }

    /** The label of the step, for the message that refuses it. */
    String labelKey() {
        return "label.demand.do." + name().toLowerCase(Locale.ROOT);
    }
}
