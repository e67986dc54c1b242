package court.tianping.cobuilding;

/**
 * Where a co-building agreement stands: drafted, signed (in force until the end of its term), expired (its term
 * is over; computed from the date, never stored) or terminated early with a reason.
 */
public enum AgreementState {
    DRAFT, SIGNED, EXPIRED, TERMINATED
}
