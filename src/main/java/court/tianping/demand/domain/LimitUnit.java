package court.tianping.demand.domain;

/**
 * How a time limit is counted: in working hours (the clock runs through the whole of every working day)
 * or in working days (the limit ends at midnight of the last working day).
 */
public enum LimitUnit {
    HOURS("h", 120),
    DAYS("d", 60);

    private final String suffix;
    private final int max;

    LimitUnit(String suffix, int max) {
        this.suffix = suffix;
        this.max = max;
    }

    /** The longest limit the office may set in this unit. */
    public int max() {
        return max;
    }

    String suffix() {
        return suffix;
    }
}
