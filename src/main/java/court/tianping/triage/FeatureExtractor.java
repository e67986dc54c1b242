package court.tianping.triage;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a normalised text into counted features: the words HanLP segments it into, the character
 * bigrams of its Chinese and alphanumeric runs (robust to words the dictionary lacks), and the causes
 * and parts of {@link LegalKnowledge} its words point to.
 */
public final class FeatureExtractor {

    private final Segment segment = HanLP.newSegment()
            .enablePartOfSpeechTagging(false)
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableCustomDictionary(false);
    private final LegalKnowledge knowledge;

    public FeatureExtractor(LegalKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The features of a text already passed through {@link TextNormalizer#normalize}. */
    public Map<String, Integer> features(String normalized) {
        Map<String, Integer> counts = new HashMap<>();
        for (Term term : segment.seg(normalized)) {
            if (isWord(term.word)) {
                counts.merge("w:" + term.word, 1, Integer::sum);
            }
        }
        addBigrams(normalized, counts);
        for (LegalKnowledge.Cause cause : knowledge.causesIn(normalized)) {
            counts.merge("c:" + cause.name(), 1, Integer::sum);
            counts.merge("p:" + cause.part(), 1, Integer::sum);
        }
        return counts;
    }

    private static void addBigrams(String text, Map<String, Integer> counts) {
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                previous = 0;
                continue;
            }
            if (previous != 0) {
                counts.merge("b:" + previous + c, 1, Integer::sum);
            }
            previous = c;
        }
    }

    private static boolean isWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
