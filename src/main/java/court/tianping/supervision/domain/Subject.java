package court.tianping.supervision.domain;

/**
 * Whom feedback is about: a member (with their organisation) or a branch, with the path its data scope is read
 * from and the branch it counts for in the weekly report.
 */
public record Subject(long courtId, Long memberId, long organizationId, String organizationPath, Long branchId) {
}
