package court.tianping.triage.cli;

import court.tianping.triage.Evaluation;
import court.tianping.triage.TextClassifier;
import court.tianping.triage.TextTriage;
import court.tianping.triage.TextTriage.Example;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The triage command line, run without starting the application:
 * <pre>
 * java -jar tianping.jar triage evaluate --folds 5 --data FILE [--seed N]
 * java -jar tianping.jar triage train --data FILE --model MODEL
 * java -jar tianping.jar triage classify --model MODEL --data FILE
 * </pre>
 * FILE holds {@code label<TAB>text} lines in UTF-8. {@code --lang en} prints English; Chinese is the default.
 * {@code evaluate} prints a table per label and the confusion matrix, and as its last line
 * {@code accuracy A macro-f1 F n N}.
 */
public final class TriageCommand {

    static final long DEFAULT_SEED = 20_221_118L;
    private static final int MAX_FOLDS = 20;

    private final PrintStream out;
    private final PrintStream err;
    private ResourceBundle messages;

    private TriageCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns 0 on success, 2 on input it cannot use. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new TriageCommand(out, err).execute(args);
    }

    private int execute(String[] args) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (TriageInputException e) {
            messages = bundle(Locale.SIMPLIFIED_CHINESE);
            return refuse(e);
        }
        messages = bundle("en".equals(options.get("lang")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "evaluate" -> evaluate(options);
                case "train" -> train(options);
                case "classify" -> classify(options);
                default -> throw new TriageInputException("triage.usage");
            }
            return 0;
        } catch (TriageInputException e) {
            return refuse(e);
        }
    }

    private void evaluate(Map<String, String> options) throws TriageInputException {
        List<Example> examples = ExampleFile.labelled(path(options, "data"));
        int folds = number(options, "folds", 5);
        if (folds < 2 || folds > MAX_FOLDS || folds > examples.size()) {
            throw new TriageInputException("triage.folds", 2, Math.min(MAX_FOLDS, examples.size()));
        }
        long seed = number(options, "seed", DEFAULT_SEED);
        Evaluation evaluation = new TextTriage().evaluate(examples, folds, seed);
        new EvaluationReport(evaluation, messages).print(out);
    }

    private void train(Map<String, String> options) throws TriageInputException {
        List<Example> examples = ExampleFile.labelled(path(options, "data"));
        Path target = path(options, "model");
        TextClassifier model = new TextTriage().train(examples);
        try (OutputStream file = Files.newOutputStream(target)) {
            model.write(file);
        } catch (IOException e) {
            throw new TriageInputException("triage.model.unwritable", target, e.getMessage());
        }
        out.println(text("triage.trained", examples.size(), model.labels().size(), model.features(), target));
    }

    private void classify(Map<String, String> options) throws TriageInputException {
        TextClassifier model = model(path(options, "model"));
        TextTriage triage = new TextTriage();
        for (String text : ExampleFile.texts(path(options, "data"))) {
            TextClassifier.Suggestion suggestion = triage.classify(model, text);
            out.printf(Locale.ROOT, "%s\t%.3f\t%s%n", suggestion.label(), suggestion.confidence(), text);
        }
    }

    private static TextClassifier model(Path file) throws TriageInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return TextClassifier.read(in);
        } catch (NoSuchFileException e) {
            throw new TriageInputException("triage.file.missing", file);
        } catch (IOException e) {
            throw new TriageInputException("triage.model.unreadable", file);
        }
    }

    private static Map<String, String> options(String[] args) throws TriageInputException {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new TriageInputException("triage.usage");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static Path path(Map<String, String> options, String name) throws TriageInputException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new TriageInputException("triage.option-missing", "--" + name);
        }
        return Path.of(value);
    }

    private static int number(Map<String, String> options, String name, int fallback) throws TriageInputException {
        return (int) number(options, name, (long) fallback);
    }

    private static long number(Map<String, String> options, String name, long fallback) throws TriageInputException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{1,12}")) {
            throw new TriageInputException("triage.option-number", "--" + name, value);
        }
        return Long.parseLong(value);
    }

    private int refuse(TriageInputException e) {
        err.println(text(e.key(), e.arguments()));
        if (!"triage.usage".equals(e.key())) {
            err.println(text("triage.usage"));
        }
        return 2;
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/triage", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
