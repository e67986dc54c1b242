package court.tianping.life;

import java.time.LocalDateTime;
import java.util.Map;

/** A court changed its compliance rules for the frequency of meetings. */
public record ComplianceRulesChanged(long court, String actor, LocalDateTime at, Map<String, Object> before,
                                     Map<String, Object> after) implements LifeEvent {

    @Override
    public String action() {
        return "compliance.rules-changed";
    }

    @Override
    public String subjectType() {
        return "compliance-rules";
    }

    @Override
    public String subjectId() {
        return Long.toString(court);
    }
}
