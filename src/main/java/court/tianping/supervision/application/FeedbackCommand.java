package court.tianping.supervision.application;

import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackSource;
import court.tianping.supervision.domain.FeedbackDetails;

import java.time.LocalDateTime;

/** Feedback as a form or an integration gives it: about a member, or else an organisation. */
public record FeedbackCommand(Long memberId, Long organizationId, FeedbackSource source, FeedbackKind kind, String content,
                              Integer rating, String giverName, String giverPhone, String externalRef,
                              LocalDateTime receivedAt) {

    FeedbackDetails details() {
        return new FeedbackDetails(source, kind, content, rating, giverName, giverPhone, externalRef, receivedAt);
    }
}
