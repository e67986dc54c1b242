package court.tianping.liaison.domain;

/** A member acting as liaison judge, with the court and the path of their Party organisation. */
public record Judge(long memberId, long courtId, String path) {
}
