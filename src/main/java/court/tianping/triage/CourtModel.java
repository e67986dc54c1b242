package court.tianping.triage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A court's two models, learnt together: the legal-relevance classifier (a legal matter, or not one at all)
 * and the category classifier (which of the court's dispute categories). The first learns from every
 * demand of the court and from the shipped street-service requests; the second from the court's
 * categorised demands only.
 */
record CourtModel(TextClassifier relevance, TextClassifier category) {

    static final String LEGAL = "legal";

    /** What the models make of a text: the suggested label ("-" for not a legal matter) and both confidences. */
    record Judgement(String label, double confidence, double legalConfidence) {
    }

    static CourtModel learn(List<Labelled> examples, TextTriage triage) {
        List<Labelled> categorised = examples.stream()
                .filter(e -> !e.label().equals(TriageSubjects.NOT_A_LEGAL_MATTER)).toList();
        List<Labelled> relevance = new ArrayList<>(examples.stream()
                .map(e -> e.label().equals(TriageSubjects.NOT_A_LEGAL_MATTER) ? e : new Labelled(LEGAL, e.features()))
                .toList());
        relevance.addAll(ShippedExamples.examples(triage));
        return new CourtModel(TextClassifier.train(relevance), TextClassifier.train(categorised));
    }

    Judgement judge(Map<String, Integer> features) {
        double legal = relevance.ranked(features).stream().filter(s -> s.label().equals(LEGAL))
                .mapToDouble(TextClassifier.Suggestion::confidence).findFirst().orElse(1.0);
        if (legal < 0.5) {
            return new Judgement(TriageSubjects.NOT_A_LEGAL_MATTER, 1 - legal, legal);
        }
        TextClassifier.Suggestion best = category.classify(features);
        return new Judgement(best.label(), best.confidence(), legal);
    }

    static byte[] bytes(TextClassifier classifier) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            classifier.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TextClassifier read(byte[] bytes) {
        try {
            return TextClassifier.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
