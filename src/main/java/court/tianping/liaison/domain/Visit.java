package court.tianping.liaison.domain;

import court.tianping.core.DomainException;
import court.tianping.liaison.VisitFollowUpDone;
import court.tianping.liaison.VisitLogged;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A liaison judge's visit to their unit: the day, what was discussed and what is left to follow up. */
@Table("liaison_visit")
public class Visit extends Recorded<Visit> {

    public static final int MAX_FOLLOW_UPS = 10;

    @Id
    private Long id;
    private Long courtId;
    private Long liaisonId;
    private Long unitId;
    private Long judgeMemberId;
    private String judgePath;
    private LocalDate visitedOn;
    private String topics;
    private String recordedBy;
    private LocalDateTime recordedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "liaison_visit", keyColumn = "seq")
    private List<FollowUp> followUps = new ArrayList<>();

    Visit() {
    }

    /** Logs a visit on a day that has come and on which the judge is liaison to the unit. */
    public static Visit log(Liaison liaison, LocalDate on, String topics, List<String> followUps, String by,
                            LocalDateTime now) {
        Texts.past(on, now.toLocalDate(), "label.liaison.visited-on");
        liaison.requireCovers(on);
        List<String> items = followUps == null ? List.of()
                : followUps.stream().filter(f -> f != null && !f.isBlank())
                    .map(f -> Texts.required(f, 500, "label.liaison.follow-up")).toList();
        if (items.size() > MAX_FOLLOW_UPS) {
            throw new DomainException("error.liaison.too-many-follow-ups", MAX_FOLLOW_UPS);
        }
        Visit visit = new Visit();
        visit.courtId = liaison.courtId();
        visit.liaisonId = liaison.id();
        visit.unitId = liaison.unitId();
        visit.judgeMemberId = liaison.judgeMemberId();
        visit.judgePath = liaison.judgePath();
        visit.visitedOn = on;
        visit.topics = Texts.required(topics, 1000, "label.liaison.topics");
        items.forEach(item -> visit.followUps.add(new FollowUp(liaison.courtId(), item)));
        visit.recordedBy = by;
        visit.recordedAt = now;
        long court = liaison.courtId();
        visit.raise(id -> new VisitLogged(id, court, by, now, liaison.unitId(), liaison.judgeMemberId(), on, items.size(),
                facts("unitId", liaison.unitId(), "judgeMemberId", liaison.judgeMemberId(), "visitedOn", on,
                        "followUps", items.size())));
        return visit;
    }

    public void followUpDone(int index, LocalDate on, String by, LocalDateTime now) {
        if (index < 0 || index >= followUps.size()) {
            throw new DomainException("error.liaison.no-such-follow-up");
        }
        Texts.past(on, now.toLocalDate(), "label.liaison.done-on");
        if (on.isBefore(visitedOn)) {
            throw new DomainException("error.liaison.done-before-visit");
        }
        followUps.get(index).done(on, by);
        raise(id -> new VisitFollowUpDone(id, courtId, by, now, index, on, facts("followUp", index, "state", "DONE")));
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long liaisonId() { return liaisonId; }
    public Long unitId() { return unitId; }
    public Long judgeMemberId() { return judgeMemberId; }
    public String judgePath() { return judgePath; }
    public LocalDate visitedOn() { return visitedOn; }
    public String topics() { return topics; }
    public Integer version() { return version; }
    public List<FollowUp> followUps() { return List.copyOf(followUps); }
}
