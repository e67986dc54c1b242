package court.tianping.cobuilding.domain;

/** A court branch bound by an agreement or taking part in an activity, with its path so that scope applies to it. */
public record BoundBranch(long organizationId, long courtId, String organizationPath) {
}
