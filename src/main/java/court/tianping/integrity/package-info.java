/**
 * Integrity (廉政建设): each year's integrity commitment (廉洁承诺书) signed by every member with the signed
 * document; records under the 三个规定 of interference in cases (by leading cadres, inquiries by court insiders,
 * improper contact), kept append-only and tamper-evident in a SHA-256 hash chain per court that a verification
 * walks; the monthly zero report (零报告) of members who had nothing to record; figures for the discipline office.
 * Publishes one {@link court.tianping.integrity.IntegrityEvent} per state change; the events carry no content of
 * a record, only its number and hash.
 */
package court.tianping.integrity;
