package court.tianping.honour.domain;

/** A member as the honour records take them: with their court and the path of their Party organisation. */
public record Person(long memberId, long courtId, String path) {
}
