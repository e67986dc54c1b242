package court.tianping.archive.domain;

/** The member an entry belongs to, with the path of their organisation that the data scope is read from. */
public record ArchivedMember(long courtId, long memberId, String organizationPath) {
}
