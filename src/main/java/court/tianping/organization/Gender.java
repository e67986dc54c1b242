package court.tianping.organization;

/** Gender as recorded on the roster. */
public enum Gender {
    MALE, FEMALE
}
