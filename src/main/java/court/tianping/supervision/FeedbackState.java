package court.tianping.supervision;

/** Received, then verified by the discipline office as founded (属实) or unfounded (不属实). */
public enum FeedbackState {
    RECEIVED, FOUNDED, UNFOUNDED
}
