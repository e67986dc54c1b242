package court.tianping.triage.cli;

import court.tianping.triage.TextTriage.Example;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file of examples, one {@code label<TAB>text} per line in UTF-8; blank lines and lines starting
 * with {@code #} are skipped. Refuses the whole file, naming the line, when a line is not valid UTF-8,
 * has no tab, an empty label or text, or is too long.
 */
final class ExampleFile {

    static final int MAX_LINE = 20_000;
    static final int MAX_LABEL = 100;
    static final long MAX_FILE = 512L * 1024 * 1024;

    private ExampleFile() {
    }

    static List<Example> labelled(Path file) throws TriageInputException {
        List<Example> examples = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new TriageInputException("triage.file.no-tab", file, i + 1);
            }
            String label = line.substring(0, tab).strip();
            String text = line.substring(tab + 1).strip();
            if (label.isEmpty() || text.isEmpty()) {
                throw new TriageInputException("triage.file.empty-field", file, i + 1);
            }
            if (label.length() > MAX_LABEL) {
                throw new TriageInputException("triage.file.label-too-long", file, i + 1, MAX_LABEL);
            }
            examples.add(new Example(label, text));
        }
        if (examples.isEmpty()) {
            throw new TriageInputException("triage.file.empty", file);
        }
        return examples;
    }

    /** Texts to classify: a whole line each, or what follows the tab when a line has one. */
    static List<String> texts(Path file) throws TriageInputException {
        List<String> texts = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            texts.add(tab < 0 ? line.strip() : line.substring(tab + 1).strip());
        }
        if (texts.isEmpty()) {
            throw new TriageInputException("triage.file.empty", file);
        }
        return texts;
    }

    private static List<String> lines(Path file) throws TriageInputException {
        byte[] bytes = read(file);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                String line = decode(file, bytes, start, end, lines.size() + 1);
                if (lines.isEmpty() && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.length() > MAX_LINE) {
                    throw new TriageInputException("triage.file.line-too-long", file, lines.size() + 1, MAX_LINE);
                }
                lines.add(line);
                start = i + 1;
            }
        }
        return lines;
    }

    private static byte[] read(Path file) throws TriageInputException {
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new TriageInputException("triage.file.too-large", file, MAX_FILE / 1024 / 1024);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TriageInputException("triage.file.missing", file);
        } catch (IOException e) {
            throw new TriageInputException("triage.file.unreadable", file, e.getMessage());
        }
    }

    private static String decode(Path file, byte[] bytes, int start, int end, int lineNumber) throws TriageInputException {
        if (end - start > MAX_LINE * 4) {
            throw new TriageInputException("triage.file.line-too-long", file, lineNumber, MAX_LINE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new TriageInputException("triage.file.not-utf8", file, lineNumber);
        }
    }
}
