package court.tianping.honour;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A Party-member pioneer post (党员先锋岗) was established with its holders and commitments. */
public record PioneerPostEstablished(long postId, Long courtId, String actor, LocalDateTime at, long organizationId, LocalDate startsOn, Map<String, Object> after) implements HonourEvent {

    @Override
    public String action() {
        return "honour.post-established";
    }

    @Override
    public String subjectType() {
        return "pioneer-post";
    }

    @Override
    public String subjectId() {
        return Long.toString(postId);
    }
}
