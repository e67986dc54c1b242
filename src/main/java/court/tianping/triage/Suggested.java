package court.tianping.triage;

import java.time.LocalDateTime;

/** The suggestion made for a record, and what a person then chose. */
public record Suggested(long subjectId, long courtId, int modelVersion, String label, double confidence,
                        double legalConfidence, LocalDateTime suggestedAt, String decidedLabel, Boolean accepted) {

    /** Whether the record is most likely not a legal matter at all. */
    public boolean notALegalMatter() {
        return TriageSubjects.NOT_A_LEGAL_MATTER.equals(label);
    }

    public boolean decided() {
        return decidedLabel != null;
    }
}
