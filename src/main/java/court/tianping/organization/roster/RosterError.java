package court.tianping.organization.roster;

/** A problem in the file: the row and column as the user sees them in Excel, and what is wrong. */
public record RosterError(int line, String column, String message) {
}
