package court.tianping.demand.application;

import court.tianping.demand.DeadlineStep;
import court.tianping.demand.Urgency;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * Time limits per step and urgency, in working hours ({@code 24h}) or working days ({@code 7d}), set
 * under {@code tianping.demand.limits}. A limit in days ends at midnight of the last working day.
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
    }

    public String limit(DeadlineStep step, Urgency urgency) {
        Limit limit = limits.get(step);
        return urgency == Urgency.URGENT ? limit.urgent() : limit.normal();
    }

    /** A limit for urgent and for normal demands. */
    public record Limit(String urgent, String normal) {

        void check() {
            for (String value : new String[]{urgent, normal}) {
                if (value == null || !value.matches("\\d{1,3}[hd]")) {
                    throw new IllegalArgumentException("a demand time limit must look like 24h or 7d, not " + value);
                }
            }
        }
    }
}
