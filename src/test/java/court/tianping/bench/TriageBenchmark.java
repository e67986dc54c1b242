package court.tianping.bench;

import court.tianping.triage.TextClassifier;
import court.tianping.triage.TextTriage;
import court.tianping.triage.TextTriage.Example;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Triage speed (docs/benchmarks.md): texts classified per second on one thread, from the raw text
 * (normalising, masking, segmenting, scoring), with a model learnt from 100,000 demands; and the time to
 * learn from 100,000 demands. The demands are made from the development set's consultations by joining
 * clauses of consultations of the same category, so that no two are alike.
 *
 * <pre>java -cp target/test-classes:$(cat target/bench-classpath) org.openjdk.jmh.Main TriageBenchmark</pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class TriageBenchmark {

    static final Path DEVELOPMENT_SET = Path.of("src/main/resources/triage/consultations.tsv");

    private final TextTriage triage = new TextTriage();
    private List<Example> corpus;
    private TextClassifier model;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = corpus(100_000, 7);
        model = triage.train(corpus);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public TextClassifier.Suggestion classifyOneText() {
        next = (next + 1) % corpus.size();
        return triage.classify(model, corpus.get(next).text());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public TextClassifier learnFrom100000Demands() {
        return triage.train(corpus);
    }

    /** {@code size} demands, each two to four clauses of consultations of one category, in random order. */
    static List<Example> corpus(int size, long seed) throws IOException {
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DEVELOPMENT_SET, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 2);
            for (String clause : columns[1].split("(?<=[，。？！])")) {
                clauses.computeIfAbsent(columns[0], label -> new ArrayList<>()).add(clause);
            }
        }
        List<String> labels = new ArrayList<>(clauses.keySet());
        Random random = new Random(seed);
        List<Example> corpus = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String label = labels.get(random.nextInt(labels.size()));
            List<String> pool = clauses.get(label);
            StringBuilder text = new StringBuilder();
            for (int c = 2 + random.nextInt(3); c > 0; c--) {
                text.append(pool.get(random.nextInt(pool.size())));
            }
            corpus.add(new Example(label, text.toString()));
        }
        return corpus;
    }
}
