package court.tianping.study.domain;

/** A member taking part in a study record, with the path of their own organisation at that time. */
public record Attendee(long memberId, long courtId, String memberPath) {
}
