package court.tianping.triage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A complement naive Bayes text classifier (Rennie et al., "Tackling the Poor Assumptions of Naive Bayes
 * Text Classifiers", 2003): log-scaled term frequencies weighted by inverse document frequency and
 * length-normalised, each class scored by how unlike the other classes a text is, with normalised
 * weights. It suits many classes with few examples each, trains in one pass and works for any label set,
 * a single class with a single example included. Scores become confidences through a softmax whose
 * sharpness is fitted on examples held out of training. Immutable and safe to share between threads.
 */
public final class TextClassifier {

    private static final int FORMAT = 1;
    private static final double SMOOTHING = 1.0;

    private final List<String> labels;
    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    /** Weights by feature, then class: {@code weights[feature * classes + class]}. */
    private final float[] weights;
    private final double sharpness;

    private TextClassifier(List<String> labels, Map<String, Integer> vocabulary, float[] idf, float[] weights,
                           double sharpness) {
        this.labels = List.copyOf(labels);
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.weights = weights;
        this.sharpness = sharpness;
    }

    /** A label and how sure the model is of it, between 0 and 1. */
    public record Suggestion(String label, double confidence) {
    }

    public List<String> labels() {
        return labels;
    }

    public int features() {
        return vocabulary.size();
    }

    /** The most likely label of a text's features. */
    public Suggestion classify(Map<String, Integer> features) {
        return ranked(features).get(0);
    }

    /** Every label, the most likely first. */
    public List<Suggestion> ranked(Map<String, Integer> features) {
        double[] scores = scores(features);
        double[] confidences = confidences(scores, sharpness);
        List<Suggestion> ranked = new ArrayList<>(labels.size());
        for (int c = 0; c < labels.size(); c++) {
            ranked.add(new Suggestion(labels.get(c), confidences[c]));
        }
        ranked.sort(Comparator.comparingDouble(Suggestion::confidence).reversed());
        return ranked;
    }

    /** Higher is more likely: minus the complement score. */
    double[] scores(Map<String, Integer> features) {
        int classes = labels.size();
        double[] scores = new double[classes];
        for (Map.Entry<String, Integer> feature : features.entrySet()) {
            Integer index = vocabulary.get(feature.getKey());
            if (index == null) {
                continue;
            }
            double weight = Math.log1p(feature.getValue()) * idf[index];
            int offset = index * classes;
            for (int c = 0; c < classes; c++) {
                scores[c] -= weight * weights[offset + c];
            }
        }
        return scores;
    }

    static double[] confidences(double[] scores, double sharpness) {
        int classes = scores.length;
        double[] result = new double[classes];
        if (classes == 1) {
            result[0] = 1;
            return result;
        }
        double mean = Arrays.stream(scores).average().orElse(0);
        double spread = Math.sqrt(Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).sum() / classes);
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            result[c] = spread == 0 ? 0 : sharpness * (scores[c] - mean) / spread;
            max = Math.max(max, result[c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            result[c] = Math.exp(result[c] - max);
            sum += result[c];
        }
        for (int c = 0; c < classes; c++) {
            result[c] /= sum;
        }
        return result;
    }

    /** Trains on labelled feature counts; the labels are whatever the examples carry. */
    public static TextClassifier train(List<Labelled> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to learn from");
        }
        TextClassifier model = fit(examples, 1.0);
        return new TextClassifier(model.labels, model.vocabulary, model.idf, model.weights, Calibration.sharpness(examples));
    }

    static TextClassifier fit(List<Labelled> examples, double sharpness) {
        List<String> labels = examples.stream().map(Labelled::label).distinct().sorted().toList();
        Map<String, Integer> labelIndex = new HashMap<>();
        labels.forEach(l -> labelIndex.put(l, labelIndex.size()));
        Map<String, Integer> vocabulary = vocabulary(examples);
        int features = vocabulary.size();
        int classes = labels.size();
        float[] idf = idf(examples, vocabulary);
        double[] perClass = new double[features * classes];
        double[] total = new double[features];
        for (Labelled example : examples) {
            int c = labelIndex.get(example.label());
            Map<Integer, Double> vector = normalisedVector(example.features(), vocabulary, idf);
            for (Map.Entry<Integer, Double> entry : vector.entrySet()) {
                perClass[entry.getKey() * classes + c] += entry.getValue();
                total[entry.getKey()] += entry.getValue();
            }
        }
        return new TextClassifier(labels, vocabulary, idf, complementWeights(perClass, total, features, classes), sharpness);
    }

    private static float[] complementWeights(double[] perClass, double[] total, int features, int classes) {
        float[] weights = new float[features * classes];
        double[] complementSum = new double[classes];
        for (int i = 0; i < features; i++) {
            for (int c = 0; c < classes; c++) {
                complementSum[c] += total[i] - perClass[i * classes + c];
            }
        }
        double[] norm = new double[classes];
        double[] raw = new double[features * classes];
        for (int i = 0; i < features; i++) {
            for (int c = 0; c < classes; c++) {
                double complement = total[i] - perClass[i * classes + c];
                double theta = (SMOOTHING + complement) / (SMOOTHING * features + complementSum[c]);
                raw[i * classes + c] = Math.log(theta);
                norm[c] += Math.abs(raw[i * classes + c]);
            }
        }
        for (int i = 0; i < features; i++) {
            for (int c = 0; c < classes; c++) {
                weights[i * classes + c] = (float) (raw[i * classes + c] / norm[c]);
            }
        }
        return weights;
    }

    /**
     * Every feature of the examples; with many examples, only those seen in at least two, which keeps the
     * model small without losing what generalises.
     */
    private static Map<String, Integer> vocabulary(List<Labelled> examples) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Labelled example : examples) {
            example.features().keySet().forEach(f -> documentFrequency.merge(f, 1, Integer::sum));
        }
        int minimum = examples.size() >= 2000 ? 2 : 1;
        Map<String, Integer> vocabulary = new HashMap<>();
        documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= minimum)
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(f -> vocabulary.put(f, vocabulary.size()));
        return vocabulary;
    }

    private static float[] idf(List<Labelled> examples, Map<String, Integer> vocabulary) {
        int[] documents = new int[vocabulary.size()];
        for (Labelled example : examples) {
            for (String feature : example.features().keySet()) {
                Integer index = vocabulary.get(feature);
                if (index != null) {
                    documents[index]++;
                }
            }
        }
        float[] idf = new float[documents.length];
        for (int i = 0; i < documents.length; i++) {
            idf[i] = (float) Math.log((double) (examples.size() + 1) / documents[i]);
        }
        return idf;
    }

    private static Map<Integer, Double> normalisedVector(Map<String, Integer> features, Map<String, Integer> vocabulary,
                                                         float[] idf) {
        Map<Integer, Double> vector = new HashMap<>();
        double squares = 0;
        for (Map.Entry<String, Integer> feature : features.entrySet()) {
            Integer index = vocabulary.get(feature.getKey());
            if (index != null) {
                double value = Math.log1p(feature.getValue()) * idf[index];
                vector.put(index, value);
                squares += value * value;
            }
        }
        double length = Math.sqrt(squares);
        if (length > 0) {
            vector.replaceAll((i, v) -> v / length);
        }
        return vector;
    }

    /** Writes the model, compressed, in a form {@link #read} takes back. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeInt(FORMAT);
        data.writeDouble(sharpness);
        data.writeInt(labels.size());
        for (String label : labels) {
            data.writeUTF(label);
        }
        String[] byIndex = new String[vocabulary.size()];
        vocabulary.forEach((feature, index) -> byIndex[index] = feature);
        data.writeInt(byIndex.length);
        for (int i = 0; i < byIndex.length; i++) {
            data.writeUTF(byIndex[i]);
            data.writeFloat(idf[i]);
        }
        for (float weight : weights) {
            data.writeFloat(weight);
        }
        data.flush();
        zip.finish();
    }

    public static TextClassifier read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != FORMAT) {
            throw new IOException("not a model of this version of Tianping");
        }
        double sharpness = data.readDouble();
        List<String> labels = new ArrayList<>();
        int classes = data.readInt();
        for (int c = 0; c < classes; c++) {
            labels.add(data.readUTF());
        }
        int features = data.readInt();
        Map<String, Integer> vocabulary = new HashMap<>(features * 2);
        float[] idf = new float[features];
        for (int i = 0; i < features; i++) {
            vocabulary.put(data.readUTF(), i);
            idf[i] = data.readFloat();
        }
        float[] weights = new float[features * classes];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readFloat();
        }
        return new TextClassifier(labels, vocabulary, idf, weights, sharpness);
    }
}
