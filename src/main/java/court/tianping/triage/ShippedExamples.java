package court.tianping.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every court's legal-relevance classifier learns besides the court's own demands, so that it tells a
 * legal matter from a request for the street's services from the first day: the street lamps, rubbish and
 * utilities that many 12345 work orders are about (triage/not-legal.tsv), and the legal consultations of
 * the project's development set (triage/consultations.tsv, labels left aside).
 */
final class ShippedExamples {

    private static final String NOT_LEGAL = "/triage/not-legal.tsv";
    private static final String LEGAL = "/triage/consultations.tsv";
    private static volatile List<Labelled> examples;

    private ShippedExamples() {
    }

    /** The shipped examples, labelled {@link TriageSubjects#NOT_A_LEGAL_MATTER} or {@link CourtModel#LEGAL}. */
    static List<Labelled> examples(TextTriage triage) {
        if (examples == null) {
            List<Labelled> all = new java.util.ArrayList<>();
            texts(NOT_LEGAL).forEach(text -> all.add(triage.example(TriageSubjects.NOT_A_LEGAL_MATTER, text)));
            texts(LEGAL).forEach(line -> all.add(triage.example(CourtModel.LEGAL, line.substring(line.indexOf('\t') + 1))));
            examples = List.copyOf(all);
        }
        return examples;
    }

    static List<String> texts(String resource) {
        try (InputStream in = ShippedExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
