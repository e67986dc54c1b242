package court.tianping.honour.domain;

/** A Party organisation as the honour records take it. */
public record Organisation(long id, long courtId, String path) {
}
