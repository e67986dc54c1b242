package court.tianping.integrity;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A record under the 三个规定 was appended to the court's chain. Only its number and hash travel: what it says and
 * whom it names stay with the discipline office.
 */
public record InterferenceRecorded(long recordId, long court, String actor, LocalDateTime at, long seq, String hash,
                                   Map<String, Object> after) implements IntegrityEvent {

    @Override
    public String action() {
        return "integrity.interference-recorded";
    }

    @Override
    public String subjectType() {
        return "interference-record";
    }

    @Override
    public String subjectId() {
        return Long.toString(recordId);
    }
}
