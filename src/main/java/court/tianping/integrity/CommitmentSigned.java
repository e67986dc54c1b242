package court.tianping.integrity;

import java.time.LocalDateTime;
import java.util.Map;

/** A member signed the year's integrity commitment, with the signed document. */
public record CommitmentSigned(long commitmentId, long court, String actor, LocalDateTime at, long memberId, int year,
                               Map<String, Object> after) implements IntegrityEvent {

    @Override
    public String action() {
        return "integrity.commitment-signed";
    }

    @Override
    public String subjectType() {
        return "integrity-commitment";
    }

    @Override
    public String subjectId() {
        return Long.toString(commitmentId);
    }
}
