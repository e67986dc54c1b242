package court.tianping.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits how sharp the softmax over a model's scores is, so that a confidence of 0.8 means about four
 * suggestions in five right: a model is trained on three quarters of the examples and the sharpness
 * that gives the held-out quarter the highest likelihood is kept.
 */
final class Calibration {

    static final double DEFAULT = 2.0;
    private static final double[] CANDIDATES = {0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12};
    private static final int MINIMUM_EXAMPLES = 20;
    private static final long SEED = 17;

    private Calibration() {
    }

    static double sharpness(List<Labelled> examples) {
        if (examples.size() < MINIMUM_EXAMPLES || examples.stream().map(Labelled::label).distinct().count() < 2) {
            return DEFAULT;
        }
        int[] fold = StratifiedFolds.assign(examples.stream().map(Labelled::label).toList(), 4, SEED);
        List<Labelled> training = new ArrayList<>();
        List<Labelled> heldOut = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            (fold[i] == 0 ? heldOut : training).add(examples.get(i));
        }
        TextClassifier model = TextClassifier.fit(training, DEFAULT);
        List<double[]> scores = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (Labelled example : heldOut) {
            int label = model.labels().indexOf(example.label());
            if (label >= 0) {
                scores.add(model.scores(example.features()));
                truth.add(label);
            }
        }
        return best(scores, truth);
    }

    private static double best(List<double[]> scores, List<Integer> truth) {
        if (scores.isEmpty() || scores.get(0).length < 2) {
            return DEFAULT;
        }
        double best = DEFAULT;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double candidate : CANDIDATES) {
            double likelihood = 0;
            for (int i = 0; i < scores.size(); i++) {
                likelihood += Math.log(Math.max(1e-12, TextClassifier.confidences(scores.get(i), candidate)[truth.get(i)]));
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = candidate;
            }
        }
        return best;
    }
}
