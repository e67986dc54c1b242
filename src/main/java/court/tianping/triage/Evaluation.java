package court.tianping.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of stratified k-fold cross-validation: every example classified by a model that never saw
 * it, counted in a confusion matrix (rows: the true label, columns: the suggested one).
 */
public record Evaluation(List<String> labels, int[][] confusion) {

    public static Evaluation crossValidate(List<Labelled> examples, int folds, long seed) {
        List<String> labels = examples.stream().map(Labelled::label).distinct().sorted().toList();
        int[][] confusion = new int[labels.size()][labels.size()];
        int[] fold = StratifiedFolds.assign(examples.stream().map(Labelled::label).toList(), folds, seed);
        for (int f = 0; f < folds; f++) {
            List<Labelled> training = new ArrayList<>();
            List<Labelled> test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (fold[i] == f ? test : training).add(examples.get(i));
            }
            if (test.isEmpty() || training.isEmpty()) {
                continue;
            }
            TextClassifier model = TextClassifier.train(training);
            for (Labelled example : test) {
                String suggested = model.classify(example.features()).label();
                confusion[labels.indexOf(example.label())][labels.indexOf(suggested)]++;
            }
        }
        return new Evaluation(labels, confusion);
    }

    public int examples() {
        int n = 0;
        for (int[] row : confusion) {
            for (int count : row) {
                n += count;
            }
        }
        return n;
    }

    public double accuracy() {
        int right = 0;
        for (int c = 0; c < labels.size(); c++) {
            right += confusion[c][c];
        }
        return examples() == 0 ? 0 : (double) right / examples();
    }

    public int support(int c) {
        int n = 0;
        for (int count : confusion[c]) {
            n += count;
        }
        return n;
    }

    public double precision(int c) {
        int suggested = 0;
        for (int[] row : confusion) {
            suggested += row[c];
        }
        return suggested == 0 ? 0 : (double) confusion[c][c] / suggested;
    }

    public double recall(int c) {
        return support(c) == 0 ? 0 : (double) confusion[c][c] / support(c);
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean of the F1 of every label, so that rare labels count as much as common ones. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < labels.size(); c++) {
            sum += f1(c);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }
}
