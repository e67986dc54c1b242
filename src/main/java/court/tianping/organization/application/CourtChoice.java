package court.tianping.organization.application;

/** A court in a pick list. */
public record CourtChoice(long id, String name, int depth) {
}
