package court.tianping.demand;

/** The requester's rating at the return visit: 满意, 基本满意, 不满意. */
public enum Satisfaction {
    SATISFIED, FAIRLY_SATISFIED, UNSATISFIED;

    public boolean counts() {
        return this != UNSATISFIED;
    }
}
