package court.tianping.organization;

/** Highest education. */
public enum Education {
    DOCTORATE, MASTER, BACHELOR, COLLEGE, SECONDARY
}
