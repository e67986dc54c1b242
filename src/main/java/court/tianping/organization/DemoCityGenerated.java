package court.tianping.organization;

/** The demo city was generated at first start; other modules add their demo records on it. */
public record DemoCityGenerated(long mainCourtId) {
}
