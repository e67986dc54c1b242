package court.tianping.study;

/** A 督学 finding: found > followed up (by the inspected organisation) > closed (by the inspector). */
public enum FindingState {
    FOUND, FOLLOWED_UP, CLOSED
}
