/**
 * Public supervision (社会监督): litigants' ratings at filing, praise, complaints and suggestions from the 12368
 * line, online channels and the supervision telephone, about a member or a branch; verified founded or unfounded
 * by the discipline office; and the weekly evaluation-and-feedback report (每周评价反馈) per member and branch.
 * Publishes one {@link court.tianping.supervision.SupervisionEvent} per state change; the archive writes verified
 * feedback into the member's archive from {@link court.tianping.supervision.FeedbackVerified}.
 */
package court.tianping.supervision;
