package court.tianping.demand;

/** An entry of a demand's timeline. */
public enum StepKind {
    SUBMITTED, DISPATCHED, RETURNED, ACCEPTED, ASSIGNED, REASSIGNED, ACTION, RESOLVED, VISITED, REOPENED, CLOSED,
    PAUSED, RESUMED, ESCALATED, CATEGORISED
}
