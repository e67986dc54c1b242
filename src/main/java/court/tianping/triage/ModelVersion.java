package court.tianping.triage;

import java.time.LocalDateTime;

/** A model learnt for a court: its version, when and from how much it learnt, and whether it is in use. */
public record ModelVersion(long id, long courtId, int version, LocalDateTime trainedAt, int examples, int labels,
                           Double estimatedAccuracy, boolean active) {
}
