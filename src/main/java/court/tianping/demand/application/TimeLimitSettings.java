package court.tianping.demand.application;

import court.tianping.core.DomainException;
import court.tianping.demand.DeadlineStep;
import court.tianping.demand.Urgency;
import court.tianping.demand.domain.LimitKey;
import court.tianping.demand.domain.LimitUnit;
import court.tianping.demand.domain.TimeLimit;
import court.tianping.demand.domain.TimeLimits;
import court.tianping.demand.domain.TimeLimitsRepository;
import court.tianping.platform.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Each court's time limits of the demand flow: read by the deadline policy and the escalation job,
 * changed by the court's Party-affairs office. A court starts from the configured defaults, written
 * for it the first time its limits are needed.
 */
@Service
public class TimeLimitSettings {

    /** What the office typed into one cell of the table. */
    public record Input(String amount, String unit) {
    }

    /** A step with its limits, urgent first, as the settings page shows it. */
    public record Row(DeadlineStep step, List<Cell> cells) {
    }

    /** One limit, named by its code ({@code RESOLVE.URGENT}) in the form. */
    public record Cell(String code, Urgency urgency, TimeLimit limit) {
    }

    public record View(List<Row> rows, int escalateToOfficeAfterHours, int version, String changedBy,
                       LocalDateTime changedAt) {
    }

    private final TimeLimitsRepository repository;
    private final DemandLimits defaults;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    TimeLimitSettings(TimeLimitsRepository repository, DemandLimits defaults, JdbcClient jdbc, CurrentUser currentUser,
                      Clock clock) {
        this.repository = repository;
        this.defaults = defaults;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The court's limits; the first call for a court writes the defaults for it. */
    @Transactional
    public TimeLimits of(long courtId) {
        TimeLimits limits = repository.findById(courtId).orElseGet(() -> {
            // two first calls at once: the second waits for the first and then finds its row
            jdbc.sql("""
                            insert into demand_limit_set (court_id, escalate_to_office_after_hours, changed_by, changed_at, version)
                            values (:court, :hours, 'system', :at, 0) on conflict do nothing""")
                    .param("court", courtId).param("hours", defaults.escalateToOfficeAfterHours())
                    .param("at", LocalDateTime.now(clock)).update();
            return repository.findById(courtId).orElseThrow();
        });
        if (limits.complete(defaults.table())) {
            limits = repository.save(limits);
        }
        return limits;
    }

    @Transactional
    public View view(long courtId) {
        TimeLimits limits = of(courtId);
        Map<DeadlineStep, List<Cell>> cells = new EnumMap<>(DeadlineStep.class);
        for (LimitKey key : LimitKey.all()) {
            cells.computeIfAbsent(key.step(), step -> new ArrayList<>())
                    .add(new Cell(key.code(), key.urgency(), limits.limit(key)));
        }
        List<Row> rows = cells.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList();
        return new View(rows, limits.escalateToOfficeAfterHours(), limits.version(), limits.changedBy(),
                limits.changedAt());
    }

    /**
     * Sets every limit of the court and the escalation hours from what the office typed, all or nothing.
     * Returns false when nothing differs from the limits in force.
     */
    @PreAuthorize("hasAuthority('demand:admin')")
    @Transactional
    public boolean change(long courtId, int version, Map<LimitKey, Input> input, String escalationHours) {
        Map<LimitKey, TimeLimit> limits = new LinkedHashMap<>();
        for (LimitKey key : LimitKey.all()) {
            limits.put(key, parse(key, input.get(key)));
        }
        int hours = number(escalationHours)
                .orElseThrow(() -> new DomainException("error.demand.escalation-hours", TimeLimits.MAX_ESCALATION_HOURS));
        TimeLimits current = of(courtId);
        if (!Objects.equals(current.version(), version)) {
            throw new OptimisticLockingFailureException("the time limits of court " + courtId + " changed meanwhile");
        }
        boolean changed = current.change(limits, hours, currentUser.actor(), LocalDateTime.now(clock));
        if (changed) {
            repository.save(current);
        }
        return changed;
    }

    private static TimeLimit parse(LimitKey key, Input input) {
        LimitUnit unit = input == null ? null : unit(input.unit());
        Integer amount = input == null ? null : number(input.amount()).orElse(null);
        if (amount == null || !TimeLimit.isValid(amount, unit)) {
            throw new DomainException("error.demand.limit-invalid", key.step(), key.urgency(), LimitUnit.HOURS.max(),
                    LimitUnit.DAYS.max());
        }
        return new TimeLimit(amount, unit);
    }

    private static LimitUnit unit(String text) {
        for (LimitUnit unit : LimitUnit.values()) {
            if (unit.name().equals(text)) {
                return unit;
            }
        }
        return null;
    }

    private static Optional<Integer> number(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }
}
