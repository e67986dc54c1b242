package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.CobuildingActivityRecorded;
import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.core.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static court.tianping.cobuilding.domain.Texts.facts;
import static court.tianping.cobuilding.domain.Texts.optional;
import static court.tianping.cobuilding.domain.Texts.required;

/**
 * A co-building activity (共建活动) that took place: on a day not in the future, with a partner, on a street (the
 * partner's by default), by one or more branches of the court with the members who took part, reaching a number
 * of people. A record of what happened, so it is recorded once and not changed afterwards.
 */
@Table("cobuilding_activity")
public class Activity extends Raised<Activity> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_PEOPLE_REACHED = 100_000;

    @Id
    private Long id;
    private Long courtId;
    private LocalDate heldOn;
    private CobuildingActivityType type;
    private String title;
    private String description;
    private Long partnerId;
    private Long streetId;
    private Integer peopleReached;
    private String recordedBy;
    private LocalDateTime recordedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "activity")
    private Set<ActivityBranch> branches = new HashSet<>();
    @MappedCollection(idColumn = "activity")
    private Set<Participant> participants = new HashSet<>();

    Activity() {
    }

    public static Activity record(Partner partner, Long streetId, ActivityDetails details, Collection<BoundBranch> bound,
                                  Collection<Long> participantIds, String actor, LocalDateTime now) {
        if (details.type() == null) {
            throw new DomainException("error.cobuilding.activity.type-required");
        }
        Activity activity = new Activity();
        activity.title = required(details.title(), "error.cobuilding.activity.title-required", MAX_TITLE);
        activity.description = optional(details.description(), MAX_DESCRIPTION);
        if (details.heldOn() == null) {
            throw new DomainException("error.cobuilding.activity.date-required");
        }
        if (details.heldOn().isAfter(now.toLocalDate())) {
            throw new DomainException("error.cobuilding.activity.in-future");
        }
        if (details.peopleReached() == null || details.peopleReached() < 0 || details.peopleReached() > MAX_PEOPLE_REACHED) {
            throw new DomainException("error.cobuilding.activity.people-reached", MAX_PEOPLE_REACHED);
        }
        if (bound.isEmpty()) {
            throw new DomainException("error.cobuilding.activity.branch-required");
        }
        if (bound.stream().anyMatch(b -> b.courtId() != partner.courtId())) {
            throw new DomainException("error.cobuilding.branch-other-court");
        }
        if (participantIds.isEmpty()) {
            throw new DomainException("error.cobuilding.activity.participant-required");
        }
        long court = partner.courtId();
        activity.courtId = court;
        activity.heldOn = details.heldOn();
        activity.type = details.type();
        activity.partnerId = partner.id();
        activity.streetId = streetId != null ? streetId : partner.streetId();
        activity.peopleReached = details.peopleReached();
        bound.forEach(b -> activity.branches.add(new ActivityBranch(b.organizationId(), court, b.organizationPath())));
        participantIds.forEach(m -> activity.participants.add(new Participant(m, court)));
        activity.recordedBy = actor;
        activity.recordedAt = now;
        List<Long> branchList = activity.branchIds();
        List<Long> people = activity.participantIds();
        CobuildingActivityType type = activity.type;
        LocalDate on = activity.heldOn;
        Long street = activity.streetId;
        int reached = activity.peopleReached;
        long partnerId = partner.id();
        var after = facts("type", type, "title", activity.title, "heldOn", on, "partner", partnerId, "street", street,
                "branches", branchList, "participants", people.size(), "peopleReached", reached);
        activity.raise(id -> new CobuildingActivityRecorded(id, court, actor, now, type, on, partnerId, street, branchList,
                people, reached, after));
        return activity;
    }

    public boolean heldWithin(String path) {
        return branches.stream().anyMatch(b -> b.organizationPath().startsWith(path));
    }

    public List<Long> branchIds() {
        return branches.stream().map(ActivityBranch::organizationId).sorted().toList();
    }

    public List<Long> participantIds() {
        return participants.stream().map(Participant::memberId).sorted().toList();
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public long courtId() { return courtId; }
    public LocalDate heldOn() { return heldOn; }
    public CobuildingActivityType type() { return type; }
    public String title() { return title; }
    public String description() { return description; }
    public long partnerId() { return partnerId; }
    public Long streetId() { return streetId; }
    public int peopleReached() { return peopleReached; }
    public String recordedBy() { return recordedBy; }
}
