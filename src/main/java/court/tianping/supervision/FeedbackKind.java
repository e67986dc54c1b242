package court.tianping.supervision;

/** 表扬, 投诉, 建议. */
public enum FeedbackKind {
    PRAISE, COMPLAINT, SUGGESTION
}
