/**
 * Judge liaison (法官联系人): judges assigned as liaisons to enterprises and units log their visits with
 * follow-ups, issue judicial suggestions (司法建议) and follow each one to its reply and adoption, and record
 * the disputes resolved before litigation through the liaison. Figures per judge, branch and court are
 * computed from these records. Publishes one {@link court.tianping.liaison.LiaisonEvent} per state change.
 */
package court.tianping.liaison;
