package court.tianping.triage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits examples into k folds with each label spread as evenly as its count allows, shuffled with a
 * fixed seed so that a run can be repeated.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** The fold of each example, by position. */
    public static int[] assign(List<String> labels, int folds, long seed) {
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[labels.size()];
        int next = 0;
        for (List<Integer> members : byLabel.values()) {
            Collections.shuffle(members, random);
            for (int index : members) {
                fold[index] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }
}
