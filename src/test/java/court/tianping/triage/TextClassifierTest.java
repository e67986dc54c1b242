package court.tianping.triage;

import court.tianping.triage.TextTriage.Example;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextClassifierTest {

    static final Path SHIPPED = Path.of("src/main/resources/triage/consultations.tsv");
    final TextTriage triage = new TextTriage();

    static List<Example> shipped() throws IOException {
        return Files.readAllLines(SHIPPED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 2))
                .map(columns -> new Example(columns[0], columns[1]))
                .toList();
    }

    @Test
    void crossValidatedOnTheShippedConsultationsItIsRightFarMoreOftenThanChance() throws IOException {
        Evaluation evaluation = triage.evaluate(shipped(), 5, 20_221_118L);

        assertThat(evaluation.labels()).hasSize(16);
        assertThat(evaluation.examples()).isEqualTo(shipped().size());
        // chance is 1 in 16; the model reaches about 0.75
        assertThat(evaluation.accuracy()).isGreaterThan(0.6);
        assertThat(evaluation.macroF1()).isGreaterThan(0.55);
    }

    @Test
    void aTextAboutUnpaidWagesIsALabourDisputeWithTheHighestConfidence() throws IOException {
        TextClassifier model = triage.train(shipped());

        List<TextClassifier.Suggestion> ranked = model.ranked(triage.features("老板拖欠了我们半年的工资，一直说下个月发，工友们都很着急。"));

        assertThat(ranked.get(0).label()).isEqualTo("劳动争议");
        assertThat(ranked.get(0).confidence()).isGreaterThan(ranked.get(1).confidence());
        assertThat(ranked.stream().mapToDouble(TextClassifier.Suggestion::confidence).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anyLabelSetWorksEnglishLabelsAndAClassWithASingleExampleIncluded() {
        TextClassifier model = triage.train(List.of(
                new Example("tenancy", "房东不退押金，租房合同还没到期就让我搬走"),
                new Example("tenancy", "租客拖欠房租三个月不交"),
                new Example("wages", "公司拖欠工资两个月"),
                new Example("wages", "加班费一直不给，工资也晚发"),
                new Example("inheritance", "父亲去世后留下的房子兄弟姐妹怎么分遗产")));

        assertThat(model.labels()).containsExactly("inheritance", "tenancy", "wages");
        assertThat(triage.classify(model, "房东要涨房租，不同意就不退押金").label()).isEqualTo("tenancy");
        assertThat(triage.classify(model, "母亲去世了，遗产怎么继承").label()).isEqualTo("inheritance");
    }

    @Test
    void aSingleLabelIsAlwaysSuggestedWithFullConfidence() {
        TextClassifier model = triage.train(List.of(new Example("legal", "邻居家漏水")));

        TextClassifier.Suggestion suggestion = triage.classify(model, "路灯坏了");

        assertThat(suggestion.label()).isEqualTo("legal");
        assertThat(suggestion.confidence()).isEqualTo(1.0);
    }

    @Test
    void aModelWrittenAndReadBackSuggestsTheSame() throws IOException {
        TextClassifier model = triage.train(shipped());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);

        TextClassifier read = TextClassifier.read(new ByteArrayInputStream(bytes.toByteArray()));

        for (Example example : shipped().subList(0, 40)) {
            assertThat(triage.classify(read, example.text())).isEqualTo(triage.classify(model, example.text()));
        }
    }

    @Test
    void foldsAreStratifiedAndRepeatable() {
        List<String> labels = List.of("a", "a", "a", "a", "a", "b", "b", "b", "b", "b", "c");

        int[] first = StratifiedFolds.assign(labels, 5, 7);
        int[] second = StratifiedFolds.assign(labels, 5, 7);

        assertThat(first).isEqualTo(second);
        for (int fold = 0; fold < 5; fold++) {
            int f = fold;
            assertThat(java.util.stream.IntStream.range(0, 10).filter(i -> first[i] == f).count()).isEqualTo(2);
        }
    }
}
