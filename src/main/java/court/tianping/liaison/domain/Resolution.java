package court.tianping.liaison.domain;

import court.tianping.liaison.DisputeResolvedThroughLiaison;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A dispute of a unit resolved before litigation through its liaison judge, with a short record. */
@Table("liaison_resolution")
public class Resolution extends Recorded<Resolution> {

    @Id
    private Long id;
    private Long courtId;
    private Long liaisonId;
    private Long unitId;
    private Long judgeMemberId;
    private String judgePath;
    private LocalDate resolvedOn;
    private String summary;
    private String recordedBy;
    private LocalDateTime recordedAt;
    @Version
    private Integer version;

    Resolution() {
    }

    public static Resolution record(Liaison liaison, LocalDate on, String summary, String by, LocalDateTime now) {
        Texts.past(on, now.toLocalDate(), "label.liaison.resolved-on");
        liaison.requireCovers(on);
        Resolution r = new Resolution();
        r.courtId = liaison.courtId();
        r.liaisonId = liaison.id();
        r.unitId = liaison.unitId();
        r.judgeMemberId = liaison.judgeMemberId();
        r.judgePath = liaison.judgePath();
        r.resolvedOn = on;
        r.summary = Texts.required(summary, 1000, "label.liaison.summary");
        r.recordedBy = by;
        r.recordedAt = now;
        long court = liaison.courtId();
        r.raise(id -> new DisputeResolvedThroughLiaison(id, court, by, now, liaison.unitId(), liaison.judgeMemberId(), on,
                facts("unitId", liaison.unitId(), "judgeMemberId", liaison.judgeMemberId(), "resolvedOn", on)));
        return r;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public LocalDate resolvedOn() { return resolvedOn; }
    public String summary() { return summary; }
}
