package court.tianping.integrity.domain;

/** A member as the integrity records take them: their court and the Party branch they belong to, if any. */
public record Signer(long memberId, long courtId, Long branchId, String branchPath) {
}
