package court.tianping.supervision.domain;

import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackSource;

import java.time.LocalDateTime;

/** What the giver said and how it reached the court; the reference is the source system's, for idempotency. */
public record FeedbackDetails(FeedbackSource source, FeedbackKind kind, String content, Integer rating, String giverName,
                              String giverPhone, String externalRef, LocalDateTime receivedAt) {
}
