package court.tianping.supervision;

/** Where feedback came from: 立案法官评价, the 12368 line, online channels (微博, 微信), the supervision telephone. */
public enum FeedbackSource {
    FILING_RATING, HOTLINE_12368, ONLINE, SUPERVISION_PHONE
}
