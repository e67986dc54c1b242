package court.tianping.triage;

import java.util.List;
import java.util.Map;

/**
 * What triage learns from and suggests for, provided by the module whose records are triaged (the demands):
 * triage knows texts and labels, not demands.
 */
public interface TriageSubjects {

    /** The label of a record that turned out not to be a legal matter at all (a street lamp, the rubbish). */
    String NOT_A_LEGAL_MATTER = "-";

    /** A text with the label a person confirmed for it. */
    record Confirmed(String label, String text) {
    }

    /** A record waiting for a person's decision, with its text. */
    record Waiting(long subjectId, String text) {
    }

    /** The courts that have confirmed records to learn from. */
    List<Long> courts();

    /** The court's confirmed records, the newest first, at most {@code limit}. */
    List<Confirmed> confirmed(long courtId, int limit);

    /** Records of the court waiting for a person's decision. */
    List<Waiting> waiting(long courtId);

    /** The name of each label of the court, as its users know it. */
    Map<String, String> labelNames(long courtId);
}
