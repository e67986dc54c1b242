package court.tianping.triage;

import court.tianping.core.AuditedEvent;

import java.util.Map;

/**
 * A court's triage model changed: a new version was learnt ({@code triage.model-trained}) or the office went
 * back to the previous one ({@code triage.model-rolled-back}).
 */
public record TriageModelChanged(long court, String actor, String action, int fromVersion, int toVersion, int examples)
        implements AuditedEvent {

    static final String TRAINED = "triage.model-trained";
    static final String ROLLED_BACK = "triage.model-rolled-back";

    @Override
    public String subjectType() {
        return "triage-model";
    }

    @Override
    public String subjectId() {
        return Long.toString(court);
    }

    @Override
    public Long courtId() {
        return court;
    }

    @Override
    public Map<String, Object> before() {
        return Map.of("version", fromVersion);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("version", toVersion, "examples", examples);
    }
}
