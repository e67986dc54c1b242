package court.tianping.demand;

/** The steps that have a time limit: dispatch, acceptance, first contact, resolution, return visit. */
public enum DeadlineStep {
    DISPATCH, ACCEPT, FIRST_CONTACT, RESOLVE, VISIT
}
