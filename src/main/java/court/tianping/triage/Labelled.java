package court.tianping.triage;

import java.util.Map;

/** A text's features with the label a person gave it. */
public record Labelled(String label, Map<String, Integer> features) {
}
