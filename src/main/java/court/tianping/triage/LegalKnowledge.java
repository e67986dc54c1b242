package court.tianping.triage;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a court knows before it has seen a single demand: the parts and causes of the Supreme People's
 * Court's list of civil causes (triage/causes.tsv), each with the words people use for it. A text that
 * uses such a word gets the cause and its part as features, so that demands of a category share
 * evidence even when they share no word.
 */
public final class LegalKnowledge {

    /** A cause and the part of the list it belongs to. */
    public record Cause(String part, String name) {
    }

    private static final String RESOURCE = "/triage/causes.tsv";
    private static final LegalKnowledge BUILT_IN = load();

    private final AhoCorasickDoubleArrayTrie<List<Cause>> words = new AhoCorasickDoubleArrayTrie<>();
    private final List<Cause> causes;

    private LegalKnowledge(TreeMap<String, List<Cause>> byWord, List<Cause> causes) {
        words.build(byWord);
        this.causes = List.copyOf(causes);
    }

    public static LegalKnowledge builtIn() {
        return BUILT_IN;
    }

    public List<Cause> causes() {
        return causes;
    }

    /** The causes whose typical words the (normalised) text uses, each once, in the order of the list. */
    public Set<Cause> causesIn(String text) {
        Set<Cause> found = new LinkedHashSet<>();
        words.parseText(text, (begin, end, value) -> found.addAll(value));
        return found;
    }

    private static LegalKnowledge load() {
        try (InputStream in = LegalKnowledge.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            TreeMap<String, List<Cause>> byWord = new TreeMap<>();
            List<Cause> causes = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                Cause cause = new Cause(columns[0].strip(), columns[1].strip());
                causes.add(cause);
                for (String word : columns[2].strip().split(" +")) {
                    byWord.computeIfAbsent(TextNormalizer.normalize(word), w -> new ArrayList<>()).add(cause);
                }
            }
            return new LegalKnowledge(byWord, causes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
