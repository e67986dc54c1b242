package court.tianping.triage;

import court.tianping.triage.cli.TriageCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TriageCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TriageCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluatePrintsATablePerLabelTheConfusionMatrixAndTheSummaryLast() {
        Run run = run("evaluate", "--folds", "5", "--data", TextClassifierTest.SHIPPED.toString());

        assertThat(run.code()).isZero();
        List<String> lines = run.lines();
        assertThat(lines.get(lines.size() - 1)).matches("accuracy 0\\.\\d{4} macro-f1 0\\.\\d{4} n 260");
        assertThat(lines).anyMatch(line -> line.matches("\\d+\t劳动争议\t18\t[0-9.]+\t[0-9.]+\t[0-9.]+"));
        assertThat(lines).contains("#\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16");
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        String first = run("evaluate", "--folds", "3", "--data", TextClassifierTest.SHIPPED.toString(), "--seed", "42").out();
        String second = run("evaluate", "--folds", "3", "--data", TextClassifierTest.SHIPPED.toString(), "--seed", "42").out();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void trainWritesAModelThatClassifyUses() throws IOException {
        Path model = dir.resolve("model.bin");
        Path texts = Files.writeString(dir.resolve("texts.txt"), "房东不退押金\n公司三个月没发工资\n");

        Run trained = run("train", "--data", TextClassifierTest.SHIPPED.toString(), "--model", model.toString());
        Run classified = run("classify", "--model", model.toString(), "--data", texts.toString());

        assertThat(trained.code()).isZero();
        assertThat(trained.out()).contains("260", "16");
        assertThat(classified.lines()).hasSize(2);
        assertThat(classified.lines().get(0)).matches("房屋租赁\t0\\.\\d{3}\t房东不退押金");
        assertThat(classified.lines().get(1)).startsWith("劳动争议\t");
    }

    @Test
    void anEmptyFileIsRefusedWithAMessage() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");

        Run run = run("evaluate", "--folds", "5", "--data", empty.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("没有样本");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLineWithoutATabIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("no-tab.tsv"), "劳动争议\t拖欠工资\n婚姻家庭 离婚\n");

        Run run = run("evaluate", "--folds", "2", "--data", file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("第 2 行", "制表符");
    }

    @Test
    void aLineOfAMegabyteIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("long.tsv"), "劳动争议\t拖欠工资\n婚姻家庭\t" + "离".repeat(1_000_000) + "\n");

        Run run = run("train", "--data", file.toString(), "--model", dir.resolve("m.bin").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("第 2 行", "超过 20000 个字符");
        assertThat(dir.resolve("m.bin")).doesNotExist();
    }

    @Test
    void invalidUtf8IsNamedWithItsLine() throws IOException {
        byte[] gbk = "婚姻家庭\t离婚\n".getBytes("GBK");
        byte[] utf8 = "劳动争议\t拖欠工资\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        System.arraycopy(gbk, 0, bytes, utf8.length, gbk.length);
        Path file = Files.write(dir.resolve("gbk.tsv"), bytes);

        Run run = run("evaluate", "--folds", "2", "--data", file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("第 2 行", "UTF-8");
    }

    @Test
    void badOptionsAreExplainedInEnglishWhenAsked() {
        Run missing = run("evaluate", "--folds", "5", "--lang", "en");
        Run folds = run("evaluate", "--folds", "1", "--data", TextClassifierTest.SHIPPED.toString(), "--lang", "en");
        Run unknown = run("guess");

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("The option --data is missing.");
        assertThat(folds.err()).contains("between 2 and 20");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("用法");
    }

    @Test
    void aFileThatIsNotAModelIsRefused() throws IOException {
        Path notAModel = Files.writeString(dir.resolve("model.bin"), "hello");
        Path texts = Files.writeString(dir.resolve("texts.txt"), "房东不退押金\n");

        Run run = run("classify", "--model", notAModel.toString(), "--data", texts.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("不是天平的分流模型");
    }
}
