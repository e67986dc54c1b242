package court.tianping.triage.cli;

import court.tianping.triage.Evaluation;

import java.io.PrintStream;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Prints an evaluation: a line per label (examples, precision, recall, F1), the confusion matrix with
 * the labels numbered, and last the summary line {@code accuracy A macro-f1 F n N} that scripts read.
 */
final class EvaluationReport {

    private final Evaluation evaluation;
    private final ResourceBundle messages;

    EvaluationReport(Evaluation evaluation, ResourceBundle messages) {
        this.evaluation = evaluation;
        this.messages = messages;
    }

    void print(PrintStream out) {
        int labels = evaluation.labels().size();
        out.println(String.join("\t", "#", messages.getString("triage.report.label"), messages.getString("triage.report.support"),
                messages.getString("triage.report.precision"), messages.getString("triage.report.recall"), "F1"));
        for (int c = 0; c < labels; c++) {
            out.printf(Locale.ROOT, "%d\t%s\t%d\t%.3f\t%.3f\t%.3f%n", c + 1, evaluation.labels().get(c), evaluation.support(c),
                    evaluation.precision(c), evaluation.recall(c), evaluation.f1(c));
        }
        out.println();
        out.println(messages.getString("triage.report.confusion"));
        StringBuilder header = new StringBuilder("#");
        for (int c = 0; c < labels; c++) {
            header.append('\t').append(c + 1);
        }
        out.println(header);
        for (int c = 0; c < labels; c++) {
            StringBuilder row = new StringBuilder().append(c + 1);
            for (int count : evaluation.confusion()[c]) {
                row.append('\t').append(count);
            }
            out.println(row);
        }
        out.printf(Locale.ROOT, "accuracy %.4f macro-f1 %.4f n %d%n", evaluation.accuracy(), evaluation.macroF1(),
                evaluation.examples());
    }
}
