package court.tianping.demand.application;

import court.tianping.demand.DeadlineStep;
import court.tianping.demand.Urgency;
import court.tianping.demand.domain.LimitKey;
import court.tianping.demand.domain.TimeLimit;
import court.tianping.demand.domain.TimeLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default time limits per step and urgency, in working hours ({@code 24h}) or working days
 * ({@code 7d}), set under {@code tianping.demand.limits}. A court starts from them; its Party-affairs
 * office changes them on the demand settings page.
 */
@ConfigurationProperties("tianping.demand")
public record DemandLimits(Map<DeadlineStep, Limit> limits, int escalateToOfficeAfterHours) {

    public DemandLimits {
        Map<DeadlineStep, Limit> merged = new EnumMap<>(DeadlineStep.class);
        merged.put(DeadlineStep.DISPATCH, new Limit("1h", "24h"));
        merged.put(DeadlineStep.ACCEPT, new Limit("2h", "24h"));
        merged.put(DeadlineStep.FIRST_CONTACT, new Limit("4h", "24h"));
        merged.put(DeadlineStep.RESOLVE, new Limit("7d", "15d"));
        merged.put(DeadlineStep.VISIT, new Limit("3d", "3d"));
        if (limits != null) {
            merged.putAll(limits);
        }
        merged.values().forEach(Limit::check);
        limits = Map.copyOf(merged);
        if (escalateToOfficeAfterHours <= 0) {
            escalateToOfficeAfterHours = 24;
        }
        if (escalateToOfficeAfterHours > TimeLimits.MAX_ESCALATION_HOURS) {
            throw new IllegalArgumentException("escalation to the office must come within "
                    + TimeLimits.MAX_ESCALATION_HOURS + " hours, not " + escalateToOfficeAfterHours);
        }
    }

    /** Every step for every urgency. */
    public Map<LimitKey, TimeLimit> table() {
        Map<LimitKey, TimeLimit> table = new LinkedHashMap<>();
        for (LimitKey key : LimitKey.all()) {
            Limit limit = limits.get(key.step());
            table.put(key, TimeLimit.parse(key.urgency() == Urgency.URGENT ? limit.urgent() : limit.normal()).orElseThrow());
        }
        return table;
    }

    /** A limit for urgent and for normal demands. */
    public record Limit(String urgent, String normal) {

        void check() {
            for (String value : new String[]{urgent, normal}) {
                if (TimeLimit.parse(value).isEmpty()) {
                    throw new IllegalArgumentException("a demand time limit must look like 24h (1 to 120 working hours)"
                            + " or 7d (1 to 60 working days), not " + value);
                }
            }
        }
    }
}
