package court.tianping.triage;

import java.time.LocalDateTime;

/** The suggestion made for a record, and what a person then chose. */
public record Suggested(long subjectId, long courtId, int modelVersion, String label, double confidence,
                        LocalDateTime suggestedAt, String decidedLabel, Boolean accepted) {

    public boolean decided() {
        return decidedLabel != null;
    }
}
