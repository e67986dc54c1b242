package court.tianping.triage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import court.tianping.core.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Each court's category model: learnt from the court's confirmed records, kept in versions (the latest few,
 * so that the office can go back to the previous one), and used to suggest a label for every new record.
 * The model in use is kept in memory for a few minutes; a node that learnt or rolled back drops it at once.
 */
@Service
public class TriageModels {

    public static final int MINIMUM_EXAMPLES = 20;
    static final int MAXIMUM_EXAMPLES = 50_000;
    static final int VERSIONS_KEPT = 5;
    private static final int CROSS_VALIDATION_LIMIT = 20_000;

    private record InUse(int version, CourtModel model) {
    }

    private final JdbcClient jdbc;
    private final TriageSubjects subjects;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Made on first use: loading HanLP's dictionaries takes a moment the application's start need not wait for. */
    private volatile TextTriage triage;
    private final Cache<Long, Optional<InUse>> inUse = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(1_000).build();

    TriageModels(JdbcClient jdbc, TriageSubjects subjects, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.events = events;
        this.clock = clock;
    }

    /** Suggests a label for a record and keeps the suggestion; empty while the court has no model. */
    @Transactional
    public Optional<Suggested> suggest(long courtId, long subjectId, String text) {
        Optional<InUse> model = model(courtId);
        if (model.isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        CourtModel.Judgement judgement = model.get().model().judge(triage().features(text));
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                        insert into triage_suggestion (subject_id, court_id, model_version, suggested_label, confidence,
                        legal_confidence, suggested_at) values (:subject, :court, :version, :label, :confidence, :legal, :at)""")
                .param("subject", subjectId).param("court", courtId).param("version", model.get().version())
                .param("label", judgement.label()).param("confidence", judgement.confidence())
                .param("legal", judgement.legalConfidence()).param("at", now)
                .update();
        return Optional.of(new Suggested(subjectId, courtId, model.get().version(), judgement.label(),
                judgement.confidence(), judgement.legalConfidence(), now, null, null));
    }

    public Optional<Suggested> suggestionFor(long subjectId) {
        return jdbc.sql("""
                        select subject_id, court_id, model_version, suggested_label as label, confidence, legal_confidence, suggested_at, decided_label, accepted
                        from triage_suggestion where subject_id = :subject""")
                .param("subject", subjectId).query(Suggested.class).optional();
    }

    /**
     * Records the label a person chose for a record: the suggestion was accepted when it is the same. Only the
     * first decision counts; a record sent back and decided again keeps it.
     */
    @Transactional
    public void decide(long subjectId, String label, String by) {
        jdbc.sql("""
                        update triage_suggestion set decided_label = :label, accepted = (suggested_label = :label),
                        decided_by = :by, decided_at = :at where subject_id = :subject and decided_at is null""")
                .param("label", label).param("by", by).param("at", LocalDateTime.now(clock)).param("subject", subjectId)
                .update();
    }

    /**
     * Learns a new version from the court's confirmed records and puts it in use; empty when there are too
     * few records (fewer than {@value #MINIMUM_EXAMPLES}, or a single label) to learn from.
     */
    @Transactional
    public Optional<ModelVersion> retrain(long courtId, String by) {
        List<TextTriage.Example> examples = subjects.confirmed(courtId, MAXIMUM_EXAMPLES).stream()
                .map(c -> new TextTriage.Example(c.label(), c.text())).toList();
        List<Labelled> labelled = triage().labelled(examples);
        List<Labelled> categorised = labelled.stream()
                .filter(e -> !e.label().equals(TriageSubjects.NOT_A_LEGAL_MATTER)).toList();
        if (categorised.size() < MINIMUM_EXAMPLES || categorised.stream().map(Labelled::label).distinct().count() < 2) {
            return Optional.empty();
        }
        Double accuracy = categorised.size() <= CROSS_VALIDATION_LIMIT
                ? Evaluation.crossValidate(categorised, 5, 20_221_118L).accuracy() : null;
        CourtModel model = CourtModel.learn(labelled, triage());
        int previous = activeVersion(courtId).orElse(0);
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from triage_model where court_id = :court")
                .param("court", courtId).query(Integer.class).single();
        jdbc.sql("update triage_model set active = false where court_id = :court").param("court", courtId).update();
        jdbc.sql("""
                        insert into triage_model (court_id, version, trained_at, examples, labels, estimated_accuracy, active,
                        model, relevance) values (:court, :version, :at, :examples, :labels, :accuracy, true, :model, :relevance)""")
                .param("court", courtId).param("version", version).param("at", LocalDateTime.now(clock))
                .param("examples", examples.size()).param("labels", model.category().labels().size())
                .param("accuracy", accuracy).param("model", CourtModel.bytes(model.category()))
                .param("relevance", CourtModel.bytes(model.relevance())).update();
        jdbc.sql("delete from triage_model where court_id = :court and version <= :oldest")
                .param("court", courtId).param("oldest", version - VERSIONS_KEPT).update();
        inUse.invalidate(courtId);
        events.publishEvent(new TriageModelChanged(courtId, by, TriageModelChanged.TRAINED, previous, version, examples.size()));
        return versions(courtId).stream().filter(v -> v.version() == version).findFirst();
    }

    /** Goes back to the version before the one in use; refused when there is none. */
    @Transactional
    public ModelVersion rollBack(long courtId, String by) {
        int current = activeVersion(courtId).orElseThrow(() -> new DomainException("error.triage.no-model"));
        ModelVersion previous = versions(courtId).stream().filter(v -> v.version() < current).findFirst()
                .orElseThrow(() -> new DomainException("error.triage.no-previous-model"));
        jdbc.sql("update triage_model set active = (version = :version) where court_id = :court")
                .param("version", previous.version()).param("court", courtId).update();
        inUse.invalidate(courtId);
        events.publishEvent(new TriageModelChanged(courtId, by, TriageModelChanged.ROLLED_BACK, current, previous.version(),
                previous.examples()));
        return previous;
    }

    /** The court's versions, the newest first. */
    public List<ModelVersion> versions(long courtId) {
        return jdbc.sql("""
                        select id, court_id, version, trained_at, examples, labels, estimated_accuracy, active
                        from triage_model where court_id = :court order by version desc""")
                .param("court", courtId).query(ModelVersion.class).list();
    }

    /** Suggests a label for each record of the court that waits without one, after a model was learnt. */
    @Transactional
    public int suggestForWaiting(long courtId) {
        int suggested = 0;
        for (TriageSubjects.Waiting waiting : subjects.waiting(courtId)) {
            if (suggestionFor(waiting.subjectId()).isEmpty() && suggest(courtId, waiting.subjectId(), waiting.text()).isPresent()) {
                suggested++;
            }
        }
        return suggested;
    }

    private TextTriage triage() {
        if (triage == null) {
            triage = new TextTriage();
        }
        return triage;
    }

    private Optional<Integer> activeVersion(long courtId) {
        return jdbc.sql("select version from triage_model where court_id = :court and active")
                .param("court", courtId).query(Integer.class).optional();
    }

    private Optional<InUse> model(long courtId) {
        return inUse.get(courtId, court -> jdbc.sql("select version, model, relevance from triage_model where court_id = :court and active")
                .param("court", court)
                .query((rs, row) -> new InUse(rs.getInt("version"),
                        new CourtModel(CourtModel.read(rs.getBytes("relevance")), CourtModel.read(rs.getBytes("model")))))
                .optional());
    }
}
