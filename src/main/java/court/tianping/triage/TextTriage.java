package court.tianping.triage;

import java.util.List;
import java.util.Map;

/** The text pipeline in one place: normalise, mask, extract features; train on and classify raw texts. */
public final class TextTriage {

    private final FeatureExtractor extractor = new FeatureExtractor(LegalKnowledge.builtIn());

    /** A labelled text as the model learns it: normalised, masked and turned into features. */
    public Labelled example(String label, String text) {
        return new Labelled(label, features(text));
    }

    public Map<String, Integer> features(String text) {
        return extractor.features(TextNormalizer.normalize(text));
    }

    /** Every example as the model learns it. */
    public List<Labelled> labelled(List<Example> examples) {
        return examples.stream().map(e -> example(e.label(), e.text())).toList();
    }

    public TextClassifier train(List<Example> examples) {
        return TextClassifier.train(labelled(examples));
    }

    public TextClassifier.Suggestion classify(TextClassifier model, String text) {
        return model.classify(features(text));
    }

    public Evaluation evaluate(List<Example> examples, int folds, long seed) {
        return Evaluation.crossValidate(labelled(examples), folds, seed);
    }

    /** A text with its label, as a person gave it. */
    public record Example(String label, String text) {
    }
}
