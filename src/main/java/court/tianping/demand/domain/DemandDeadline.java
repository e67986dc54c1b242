package court.tianping.demand.domain;

import court.tianping.demand.DeadlineStep;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/** The time limit of one step of a demand: when it is due, when it was met, how far it was escalated. */
@Table("demand_deadline")
public class DemandDeadline {

    private DeadlineStep step;
    private LocalDateTime dueAt;
    private LocalDateTime metAt;
    private int escalationLevel;

    DemandDeadline() {
    }

    DemandDeadline(DeadlineStep step, LocalDateTime dueAt) {
        this.step = step;
        this.dueAt = dueAt;
    }

    void meet(LocalDateTime at) {
        if (metAt == null) {
            metAt = at;
        }
    }

    void extend(DeadlinePolicy policy, long workingMinutes) {
        if (metAt == null) {
            dueAt = policy.extend(dueAt, workingMinutes);
        }
    }

    void escalateTo(int level) {
        escalationLevel = level;
    }

    public boolean isOpen() {
        return metAt == null;
    }

    public boolean isOverdue(LocalDateTime now) {
        return metAt == null ? now.isAfter(dueAt) : metAt.isAfter(dueAt);
    }

    public boolean metInTime() {
        return metAt != null && !metAt.isAfter(dueAt);
    }

    public DeadlineStep step() { return step; }
    public LocalDateTime dueAt() { return dueAt; }
    public LocalDateTime metAt() { return metAt; }
    public int escalationLevel() { return escalationLevel; }
}
