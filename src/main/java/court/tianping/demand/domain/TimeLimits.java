package court.tianping.demand.domain;

import court.tianping.core.DomainException;
import court.tianping.demand.DeadlineStep;
import court.tianping.demand.DemandLimitsChanged;
import court.tianping.demand.Urgency;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A court's time limits of the demand flow, per step and urgency, and the working hours after which an
 * overdue step is escalated to the Party-affairs office. The office changes them; a change applies to
 * deadlines set from then on, never to those already running.
 */
@Table("demand_limit_set")
public class TimeLimits extends AbstractAggregateRoot<TimeLimits> {

    public static final int MAX_ESCALATION_HOURS = 120;
    static final String ESCALATION = "escalateToOfficeAfterHours";

    @Id
    private Long courtId;
    private int escalateToOfficeAfterHours;
    private String changedBy;
    private LocalDateTime changedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "court_id")
    private Set<StepLimit> limits = new HashSet<>();

    TimeLimits() {
    }

    TimeLimits(long courtId, int escalateToOfficeAfterHours) {
        this.courtId = courtId;
        this.escalateToOfficeAfterHours = escalateToOfficeAfterHours;
    }

    /**
     * Fills in, from the defaults, every cell the court has no limit for yet: all of them for a court seen
     * for the first time, and a step added to the flow later. Returns whether any was missing.
     */
    public boolean complete(Map<LimitKey, TimeLimit> defaults) {
        boolean missing = false;
        for (LimitKey key : LimitKey.all()) {
            if (find(key) == null) {
                limits.add(StepLimit.of(key, defaults.get(key)));
                missing = true;
            }
        }
        return missing;
    }

    /**
     * Sets every limit and the escalation hours at once, or refuses the whole change: an urgent demand
     * may not have longer than a normal one. Returns false, and records nothing, when nothing differs.
     */
    public boolean change(Map<LimitKey, TimeLimit> newLimits, int escalationHours, String by, LocalDateTime now) {
        for (DeadlineStep step : DeadlineStep.values()) {
            TimeLimit urgent = required(newLimits, new LimitKey(step, Urgency.URGENT));
            TimeLimit normal = required(newLimits, new LimitKey(step, Urgency.NORMAL));
            if (urgent.roughHours() > normal.roughHours()) {
                throw new DomainException("error.demand.limit-urgent-longer", step);
            }
        }
        if (escalationHours < 1 || escalationHours > MAX_ESCALATION_HOURS) {
            throw new DomainException("error.demand.escalation-hours", MAX_ESCALATION_HOURS);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        for (LimitKey key : LimitKey.all()) {
            TimeLimit old = limit(key);
            TimeLimit limit = newLimits.get(key);
            if (!limit.equals(old)) {
                before.put(key.code(), old.toString());
                after.put(key.code(), limit.toString());
                limits.remove(find(key));
                limits.add(StepLimit.of(key, limit));
            }
        }
        if (escalationHours != escalateToOfficeAfterHours) {
            before.put(ESCALATION, escalateToOfficeAfterHours);
            after.put(ESCALATION, escalationHours);
            escalateToOfficeAfterHours = escalationHours;
        }
        if (after.isEmpty()) {
            return false;
        }
        changedBy = by;
        changedAt = now;
        registerEvent(new DemandLimitsChanged(courtId, by, before, after));
        return true;
    }

    /** The events raised since the last save. */
    List<Object> raisedEvents() {
        return List.copyOf(domainEvents());
    }

    public TimeLimit limit(DeadlineStep step, Urgency urgency) {
        return limit(new LimitKey(step, urgency));
    }

    public TimeLimit limit(LimitKey key) {
        StepLimit found = find(key);
        if (found == null) {
            throw new IllegalStateException("no time limit for " + key.code() + " at court " + courtId);
        }
        return found.limit();
    }

    /** Every limit by its key, a copy that later changes do not touch. */
    public Map<LimitKey, TimeLimit> table() {
        Map<LimitKey, TimeLimit> table = new LinkedHashMap<>();
        for (StepLimit limit : limits) {
            table.put(limit.key(), limit.limit());
        }
        return Map.copyOf(table);
    }

    private StepLimit find(LimitKey key) {
        return limits.stream().filter(l -> l.key().equals(key)).findFirst().orElse(null);
    }

    private static TimeLimit required(Map<LimitKey, TimeLimit> limits, LimitKey key) {
        TimeLimit limit = limits.get(key);
        if (limit == null) {
            throw new DomainException("error.demand.limit-invalid", key.step(), key.urgency(), LimitUnit.HOURS.max(),
                    LimitUnit.DAYS.max());
        }
        return limit;
    }

    public long courtId() { return courtId; }
    public int escalateToOfficeAfterHours() { return escalateToOfficeAfterHours; }
    public String changedBy() { return changedBy; }
    public LocalDateTime changedAt() { return changedAt; }
    public Integer version() { return version; }
}
