package court.tianping.liaison.domain;

import court.tianping.core.DomainException;
import court.tianping.liaison.LiaisonAssigned;
import court.tianping.liaison.LiaisonEnded;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;

/** A judge assigned as liaison to a unit from one day, until a day or open-ended. */
@Table("liaison")
public class Liaison extends Recorded<Liaison> {

    @Id
    private Long id;
    private Long courtId;
    private Long unitId;
    private Long judgeMemberId;
    private String judgePath;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String assignedBy;
    private LocalDateTime assignedAt;
    @Version
    private Integer version;

    Liaison() {
    }

    /**
     * Assigns the judge to the unit; refused when the judge is of another court or already liaison to the unit for
     * part of the period ({@code others}: the judge's liaisons to the same unit).
     */
    public static Liaison assign(LiaisonUnit unit, Judge judge, LocalDate startsOn, LocalDate endsOn,
                                 Collection<Liaison> others, String by, LocalDateTime now) {
        Texts.day(startsOn, "label.liaison.starts-on");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new DomainException("error.liaison.period");
        }
        if (judge.courtId() != unit.courtId()) {
            throw new DomainException("error.liaison.judge-of-other-court");
        }
        Liaison liaison = new Liaison();
        liaison.courtId = unit.courtId();
        liaison.unitId = unit.id();
        liaison.judgeMemberId = judge.memberId();
        liaison.judgePath = judge.path();
        liaison.startsOn = startsOn;
        liaison.endsOn = endsOn;
        for (Liaison other : others) {
            if (java.util.Objects.equals(other.unitId, unit.id()) && other.judgeMemberId == judge.memberId() && other.overlaps(liaison)) {
                throw new DomainException("error.liaison.overlap", other.startsOn, other.endsOn == null ? "-" : other.endsOn);
            }
        }
        liaison.assignedBy = by;
        liaison.assignedAt = now;
        long court = unit.courtId();
        liaison.raise(id -> new LiaisonAssigned(id, court, by, now, unit.id(), judge.memberId(), startsOn, endsOn,
                facts("unitId", unit.id(), "judgeMemberId", judge.memberId(), "startsOn", startsOn, "endsOn", endsOn)));
        return liaison;
    }

    /** Ends the liaison on a day within its period. */
    public void end(LocalDate on, String by, LocalDateTime now) {
        Texts.day(on, "label.liaison.ends-on");
        if (on.isBefore(startsOn) || (endsOn != null && !on.isBefore(endsOn))) {
            throw new DomainException("error.liaison.end-outside-period");
        }
        endsOn = on;
        raise(id -> new LiaisonEnded(id, courtId, by, now, on, facts("endsOn", on)));
    }

    boolean overlaps(Liaison other) {
        LocalDate myEnd = endsOn == null ? LocalDate.MAX : endsOn;
        LocalDate otherEnd = other.endsOn == null ? LocalDate.MAX : other.endsOn;
        return !startsOn.isAfter(otherEnd) && !other.startsOn.isAfter(myEnd);
    }

    /** Whether the judge is liaison to the unit on that day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    void requireCovers(LocalDate day) {
        if (!covers(day)) {
            throw new DomainException("error.liaison.outside-liaison", startsOn, endsOn == null ? "-" : endsOn);
        }
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long unitId() { return unitId; }
    public Long judgeMemberId() { return judgeMemberId; }
    public String judgePath() { return judgePath; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public Integer version() { return version; }
}
