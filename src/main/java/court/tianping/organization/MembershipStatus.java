package court.tianping.organization;

/** 正式党员 / 预备党员. */
public enum MembershipStatus {
    FULL, PROBATIONARY
}
