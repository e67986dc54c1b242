package court.tianping.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every court's model learns as not a legal matter besides the court's own such demands: the street
 * lamps, rubbish and utilities that many 12345 work orders are about (triage/not-legal.tsv), so that triage
 * tells them apart from the first day.
 */
final class NotALegalMatter {

    private static final String RESOURCE = "/triage/not-legal.tsv";
    private static volatile List<Labelled> examples;

    private NotALegalMatter() {
    }

    static List<Labelled> examples(TextTriage triage) {
        if (examples == null) {
            examples = texts().stream().map(text -> triage.example(TriageSubjects.NOT_A_LEGAL_MATTER, text)).toList();
        }
        return examples;
    }

    static List<String> texts() {
        try (InputStream in = NotALegalMatter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
