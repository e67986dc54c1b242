package court.tianping.life;

/** How often a compliance rule wants a meeting: per month, per quarter or per year. */
public enum Frequency { MONTHLY, QUARTERLY, YEARLY }
