package court.tianping.demand;

import court.tianping.core.AuditedEvent;

import java.util.Map;

/**
 * The Party-affairs office changed its court's time limits of the demand flow. {@code before} and
 * {@code after} hold the cells that changed ({@code RESOLVE.URGENT: 7d}) and the escalation hours.
 */
public record DemandLimitsChanged(long court, String actor, Map<String, Object> before, Map<String, Object> after)
        implements AuditedEvent {

    @Override
    public String action() {
        return "demand.limits-changed";
    }

    @Override
    public String subjectType() {
        return "demand-limits";
    }

    @Override
    public String subjectId() {
        return Long.toString(court);
    }

    @Override
    public Long courtId() {
        return court;
    }
}
