/**
 * Member archives (优善档案 / 瑕疵档案): each member's merit entries (praise, commendations, honours, demands
 * praised in their return visit) and flaw entries (verified complaints, errors, discipline), each with its evidence
 * and who verified it. Entries arrive by events from the other modules; manual entries wait for a second person to
 * confirm them. Publishes one {@link court.tianping.archive.ArchiveEvent} per state change.
 */
package court.tianping.archive;
