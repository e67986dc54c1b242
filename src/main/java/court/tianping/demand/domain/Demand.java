package court.tianping.demand.domain;

import court.tianping.core.DomainException;
import court.tianping.demand.ActionKind;
import court.tianping.demand.Channel;
import court.tianping.demand.DeadlineStep;
import court.tianping.demand.DemandAccepted;
import court.tianping.demand.DemandActionLogged;
import court.tianping.demand.DemandAssigned;
import court.tianping.demand.DemandAttachmentAdded;
import court.tianping.demand.DemandCategorised;
import court.tianping.demand.DemandClosed;
import court.tianping.demand.DemandDispatched;
import court.tianping.demand.DemandEscalated;
import court.tianping.demand.DemandEvent;
import court.tianping.demand.DemandPaused;
import court.tianping.demand.DemandReopened;
import court.tianping.demand.DemandResolved;
import court.tianping.demand.DemandResumed;
import court.tianping.demand.DemandReturned;
import court.tianping.demand.DemandState;
import court.tianping.demand.DemandSubmitted;
import court.tianping.demand.DemandVisited;
import court.tianping.demand.Outcome;
import court.tianping.demand.RequesterKind;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.StepKind;
import court.tianping.demand.Urgency;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A litigation-source governance demand (诉源治理需求). Owns the flow 点单 > 派单 > 接单 > 办单 > 回访:
 * each transition checks the current state, records a step of the timeline, meets or sets deadlines
 * and raises one event.
 */
@Table("demand")
public class Demand extends AbstractAggregateRoot<Demand> {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_NOTE = 1000;
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");
    private static final int MAX_ACTION_MINUTES = 24 * 60;

    @Id
    private Long id;
    private Long courtId;
    private String trackingCode;
    private Channel channel;
    private String externalRef;
    private RequesterKind requesterKind;
    private String requesterName;
    private String requesterPhone;
    private String requesterOrganisation;
    private String district;
    private Long streetId;
    private Long communityId;
    private Long servicePointId;
    private Long categoryId;
    private ServiceKind service;
    private Urgency urgency;
    private String description;
    private DemandState state;
    private Long branchId;
    private Long cellId;
    private Long memberId;
    private String organizationPath;
    private Outcome outcome;
    private Satisfaction satisfaction;
    private String placedBy;
    private LocalDateTime submittedAt;
    private LocalDateTime firstContactAt;
    private LocalDateTime firstContactDue;
    private LocalDateTime resolvedAt;
    private LocalDateTime closedAt;
    private LocalDateTime pausedAt;
    private String pauseReason;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "demand", keyColumn = "seq")
    private List<DemandStep> steps = new ArrayList<>();
    @MappedCollection(idColumn = "demand")
    private Set<DemandDeadline> deadlines = new HashSet<>();
    @Transient
    private String actor;
    @Transient
    private boolean history;

    Demand() {
    }

    /** 点单: a demand from any channel, with the deadlines that run from submission. */
    public static Demand submit(long courtId, String trackingCode, DemandDetails details, String placedBy,
                                DeadlinePolicy policy, LocalDateTime now) {
        check(details);
        Demand demand = new Demand();
        demand.courtId = courtId;
        demand.trackingCode = trackingCode;
        demand.channel = details.channel();
        demand.externalRef = blankToNull(details.externalRef());
        demand.requesterKind = details.requester().kind() == null ? RequesterKind.PERSON : details.requester().kind();
        demand.requesterName = details.requester().name().strip();
        demand.requesterPhone = details.requester().phone().replace(" ", "").strip();
        demand.requesterOrganisation = blankToNull(details.requester().organisation());
        demand.district = blankToNull(details.place().district());
        demand.streetId = details.place().streetId();
        demand.communityId = details.place().communityId();
        demand.servicePointId = details.place().servicePointId();
        demand.categoryId = details.categoryId();
        demand.service = details.service();
        demand.urgency = details.urgency() == null ? Urgency.NORMAL : details.urgency();
        demand.description = details.description().strip();
        demand.state = DemandState.SUBMITTED;
        demand.placedBy = placedBy;
        demand.submittedAt = now;
        demand.updatedAt = now;
        demand.addDeadline(DeadlineStep.DISPATCH, policy.due(demand.courtId, DeadlineStep.DISPATCH, demand.urgency, now));
        demand.firstContactDue = policy.due(demand.courtId, DeadlineStep.FIRST_CONTACT, demand.urgency, now);
        demand.addDeadline(DeadlineStep.FIRST_CONTACT, demand.firstContactDue);
        demand.addDeadline(DeadlineStep.RESOLVE, policy.due(demand.courtId, DeadlineStep.RESOLVE, demand.urgency, now));
        demand.steps.add(new DemandStep(StepKind.SUBMITTED, now, placedBy, null));
        demand.actor = placedBy;
        Map<String, Object> after = facts("channel", demand.channel, "state", demand.state, "trackingCode", trackingCode);
        Channel channel = demand.channel;
        Long street = demand.streetId;
        Long category = demand.categoryId;
        demand.raise(id -> new DemandSubmitted(id, courtId, placedBy, now, channel, street, category, after));
        return demand;
    }

    /** 派单: to a branch of the same court, from the dispatch queue or after a return. */
    public void dispatch(Unit branch, boolean automatic, String by, DeadlinePolicy policy, LocalDateTime now) {
        requireState(Transition.DISPATCH);
        requireNotPaused();
        if (branch.type() != OrganizationType.BRANCH || branch.courtId() != courtId) {
            throw new DomainException("error.demand.not-a-branch", branch.name());
        }
        state = DemandState.DISPATCHED;
        branchId = branch.id();
        cellId = null;
        memberId = null;
        organizationPath = branch.path();
        meet(DeadlineStep.DISPATCH, now);
        deadlines.removeIf(d -> d.step() == DeadlineStep.ACCEPT);
        addDeadline(DeadlineStep.ACCEPT, policy.due(courtId, DeadlineStep.ACCEPT, urgency, now));
        record(new DemandStep(StepKind.DISPATCHED, now, by, automatic ? "auto" : null).withOrganization(branch.id()), now);
        Map<String, Object> after = facts("state", state, "branchId", branch.id(), "automatic", automatic);
        long court = courtId;
        raise(demandId -> new DemandDispatched(demandId, court, by, now, branch.id(), automatic, after));
    }

    /** 定类: the dispatcher sets or corrects the dispute category before dispatching; the same category changes nothing. */
    public void categorise(long category, String categoryName, String by, LocalDateTime now) {
        requireState(Transition.DISPATCH);
        if (Long.valueOf(category).equals(categoryId)) {
            return;
        }
        Long previous = categoryId;
        categoryId = category;
        record(new DemandStep(StepKind.CATEGORISED, now, by, categoryName), now);
        emit(() -> new DemandCategorised(id, courtId, by, now, previous, category, facts("categoryId", category)));
    }

    /** 退单: the branch or its group sends the demand back to the dispatcher, with a reason. */
    public void returnToDispatcher(String reason, String by, LocalDateTime now) {
        requireState(Transition.RETURN);
        String why = requireText(reason, "error.demand.reason-required");
        Long from = branchId;
        state = DemandState.RETURNED;
        branchId = null;
        cellId = null;
        memberId = null;
        organizationPath = null;
        deadlines.removeIf(d -> d.step() == DeadlineStep.ACCEPT);
        record(new DemandStep(StepKind.RETURNED, now, by, why).withOrganization(from), now);
        emit(() -> new DemandReturned(id, courtId, by, now, from, why, facts("state", state, "reason", why)));
    }

    /** 接单: a Party group of the branch the demand was dispatched to. */
    public void accept(Unit cell, String by, LocalDateTime now) {
        requireState(Transition.ACCEPT);
        if (cell.type() != OrganizationType.CELL || !branchId.equals(cell.parentId())) {
            throw new DomainException("error.demand.other-branch", cell.name());
        }
        state = DemandState.ACCEPTED;
        cellId = cell.id();
        organizationPath = cell.path();
        meet(DeadlineStep.ACCEPT, now);
        record(new DemandStep(StepKind.ACCEPTED, now, by, null).withOrganization(cell.id()), now);
        emit(() -> new DemandAccepted(id, courtId, by, now, branchId, cell.id(), facts("state", state, "cellId", cell.id())));
    }

    /** 办单: the group leader gives the demand to a member of the group, or to another one. */
    public void assign(Person member, Unit memberOrganization, String by, LocalDateTime now) {
        requireState(Transition.ASSIGN);
        if (!memberOrganization.path().startsWith(organizationPath) || member.organizationId() != memberOrganization.id()) {
            throw new DomainException("error.demand.member-outside-cell", member.name());
        }
        if (Long.valueOf(member.id()).equals(memberId)) {
            throw new DomainException("error.demand.already-assigned", member.name());
        }
        Long previous = memberId;
        memberId = member.id();
        if (state == DemandState.ACCEPTED) {
            state = DemandState.ASSIGNED;
        }
        StepKind kind = previous == null ? StepKind.ASSIGNED : StepKind.REASSIGNED;
        record(new DemandStep(kind, now, by, null).withMember(member.id()), now);
        emit(() -> new DemandAssigned(id, courtId, by, now, member.id(), previous,
                facts("state", state, "memberId", member.id(), "previousMemberId", previous)));
    }

    /** A call, visit, mediation session, advice or lecture by the member handling the demand. */
    public void logAction(ActionKind kind, int minutes, String note, String by, LocalDateTime now) {
        requireState(Transition.LOG);
        if (kind == null) {
            throw new DomainException("error.demand.action-required");
        }
        if (minutes < 1 || minutes > MAX_ACTION_MINUTES) {
            throw new DomainException("error.demand.minutes-range", MAX_ACTION_MINUTES);
        }
        String text = requireText(note, "error.demand.note-required");
        state = DemandState.IN_PROGRESS;
        if (kind.contactsRequester() && firstContactAt == null) {
            firstContactAt = now;
            meet(DeadlineStep.FIRST_CONTACT, now);
        }
        record(new DemandStep(StepKind.ACTION, now, by, text).withAction(kind, minutes).withMember(memberId), now);
        emit(() -> new DemandActionLogged(id, courtId, by, now, memberId, kind, minutes,
                facts("state", state, "kind", kind, "minutes", minutes)));
    }

    /** Resolved with an outcome, after at least one action. */
    public void resolve(Outcome outcome, String note, String by, DeadlinePolicy policy, LocalDateTime now) {
        requireState(Transition.RESOLVE);
        if (outcome == null) {
            throw new DomainException("error.demand.outcome-required");
        }
        String text = requireText(note, "error.demand.note-required");
        requireNotPaused();
        this.outcome = outcome;
        state = DemandState.RESOLVED;
        resolvedAt = now;
        meet(DeadlineStep.RESOLVE, now);
        deadlines.removeIf(d -> d.step() == DeadlineStep.VISIT);
        addDeadline(DeadlineStep.VISIT, policy.due(courtId, DeadlineStep.VISIT, urgency, now));
        record(new DemandStep(StepKind.RESOLVED, now, by, text).withMember(memberId), now);
        emit(() -> new DemandResolved(id, courtId, by, now, memberId, outcome, facts("state", state, "outcome", outcome)));
    }

    /** 回访: once per resolution; an unsatisfied rating may reopen the demand. */
    public void visit(Satisfaction rating, String comment, String by, LocalDateTime now) {
        if (state == DemandState.VISITED || state == DemandState.CLOSED) {
            throw new DomainException("error.demand.already-visited");
        }
        requireState(Transition.VISIT);
        if (rating == null) {
            throw new DomainException("error.demand.satisfaction-required");
        }
        String text = optionalText(comment);
        satisfaction = rating;
        state = DemandState.VISITED;
        meet(DeadlineStep.VISIT, now);
        record(new DemandStep(StepKind.VISITED, now, by, text).withMember(memberId), now);
        emit(() -> new DemandVisited(id, courtId, by, now, memberId, rating, facts("state", state, "satisfaction", rating)));
    }

    /** Back to the member after an unsatisfied visit; the resolution deadline runs again. */
    public void reopen(String reason, String by, DeadlinePolicy policy, LocalDateTime now) {
        requireState(Transition.REOPEN);
        if (satisfaction != Satisfaction.UNSATISFIED) {
            throw new DomainException("error.demand.reopen-needs-unsatisfied");
        }
        String why = requireText(reason, "error.demand.reason-required");
        state = DemandState.IN_PROGRESS;
        outcome = null;
        satisfaction = null;
        resolvedAt = null;
        deadlines.removeIf(d -> d.step() == DeadlineStep.RESOLVE || d.step() == DeadlineStep.VISIT);
        addDeadline(DeadlineStep.RESOLVE, policy.due(courtId, DeadlineStep.RESOLVE, urgency, now));
        record(new DemandStep(StepKind.REOPENED, now, by, why), now);
        emit(() -> new DemandReopened(id, courtId, by, now, why, facts("state", state, "reason", why)));
    }

    public void close(String by, LocalDateTime now) {
        requireState(Transition.CLOSE);
        state = DemandState.CLOSED;
        closedAt = now;
        record(new DemandStep(StepKind.CLOSED, now, by, null), now);
        emit(() -> new DemandClosed(id, courtId, by, now, satisfaction, facts("state", state)));
    }

    /** Stops the clock, for example while the requester cannot be reached. */
    public void pause(String reason, String by, LocalDateTime now) {
        requireState(Transition.PAUSE);
        if (pausedAt != null) {
            throw new DomainException("error.demand.already-paused");
        }
        String why = requireText(reason, "error.demand.reason-required");
        pausedAt = now;
        pauseReason = why;
        record(new DemandStep(StepKind.PAUSED, now, by, why), now);
        emit(() -> new DemandPaused(id, courtId, by, now, why, facts("paused", true, "reason", why)));
    }

    /** Starts the clock again: every open deadline moves by the working time the clock stood still. */
    public void resume(String by, DeadlinePolicy policy, LocalDateTime now) {
        if (pausedAt == null) {
            throw new DomainException("error.demand.not-paused");
        }
        long paused = policy.workingMinutesBetween(pausedAt, now);
        deadlines.forEach(d -> d.extend(policy, paused));
        if (firstContactAt == null) {
            firstContactDue = deadline(DeadlineStep.FIRST_CONTACT).map(DemandDeadline::dueAt).orElse(firstContactDue);
        }
        pausedAt = null;
        pauseReason = null;
        record(new DemandStep(StepKind.RESUMED, now, by, null), now);
        emit(() -> new DemandResumed(id, courtId, by, now, paused, facts("paused", false, "pausedMinutes", paused)));
    }

    /**
     * Whether {@code adding} more files may join the {@code held} ones: not once the demand is closed, and
     * never more than {@code limit} in all.
     */
    public void checkRoomForAttachments(int held, int adding, int limit) {
        requireState(Transition.ATTACH);
        if (held + adding > limit) {
            throw held == 0
                    ? new DomainException("error.demand.attachment.too-many", limit, adding)
                    : new DomainException("error.demand.attachment.no-room", limit, held, Math.max(limit - held, 0));
        }
    }

    /** A file was stored with the demand: one event per file, for the audit log. */
    public void attached(long attachmentId, AttachmentFile file, String by, LocalDateTime now) {
        requireState(Transition.ATTACH);
        updatedAt = now;
        actor = by;
        emit(() -> new DemandAttachmentAdded(id, courtId, by, now, attachmentId, file.kind().mediaType(), file.size(),
                facts("attachmentId", attachmentId, "contentType", file.kind().mediaType(), "sizeBytes", file.size())));
    }

    /** 督办: level 1 to the branch secretary, level 2 to the Party-affairs office. Returns false when nothing is due. */
    public boolean escalate(DeadlineStep step, int level, LocalDateTime now) {
        DemandDeadline deadline = deadline(step).orElse(null);
        if (deadline == null || !deadline.isOpen() || pausedAt != null || !now.isAfter(deadline.dueAt())
                || deadline.escalationLevel() >= level) {
            return false;
        }
        deadline.escalateTo(level);
        record(new DemandStep(StepKind.ESCALATED, now, "system", step.name() + ":" + level).withOrganization(branchId), now);
        emit(() -> new DemandEscalated(id, courtId, "system", now, step, level, branchId, facts("step", step, "level", level)));
        return true;
    }

    /**
     * Raises an event of this demand. A demand routed as it arrives is dispatched before its first save,
     * when the database has not given it its id yet; such events get the id when they are published.
     */
    private void raise(Function<Long, DemandEvent> event) {
        if (!history) {
            registerEvent(id == null ? new AwaitingId(event) : event.apply(id));
        }
    }

    /** Raises an event of a demand that has its id. */
    private void emit(Supplier<DemandEvent> event) {
        if (!history) {
            registerEvent(event.get());
        }
    }

    /**
     * For records taken in as history (the demo): what happened long ago raises no events and no
     * notifications, so such a demand can be taken through the flow before its first save.
     */
    public void takeAsHistory() {
        history = true;
        clearDomainEvents();
    }

    private record AwaitingId(Function<Long, DemandEvent> event) {
    }

    @Override
    protected Collection<Object> domainEvents() {
        return super.domainEvents().stream().map(e -> e instanceof AwaitingId awaiting ? awaiting.event().apply(id) : e).toList();
    }

    /** The version a demand is first stored with, as Spring Data JDBC gives it (see {@link DemandInserts}). */
    void firstVersion() {
        version = 0;
    }

    /** The id the database gave the demand when it was first stored (see {@link DemandInserts}). */
    void storedAs(long newId) {
        id = newId;
    }

    /** Drops the events raised so far (the demo's submissions of long ago). */
    public void forgetEvents() {
        clearDomainEvents();
    }

    /** The events raised since the last save. */
    List<Object> raisedEvents() {
        return List.copyOf(domainEvents());
    }

    public boolean isOverdue(LocalDateTime now) {
        return pausedAt == null && deadlines.stream().anyMatch(d -> d.isOpen() && now.isAfter(d.dueAt()));
    }

    private void meet(DeadlineStep step, LocalDateTime now) {
        deadline(step).ifPresent(d -> d.meet(now));
    }

    private void addDeadline(DeadlineStep step, LocalDateTime due) {
        deadlines.add(new DemandDeadline(step, due));
    }

    private void record(DemandStep step, LocalDateTime now) {
        steps.add(step);
        updatedAt = now;
        actor = step.actor();
    }

    private void requireState(Transition transition) {
        if (!transition.startsFrom(state)) {
            throw new DomainException("error.demand.state", state, transition.labelKey());
        }
    }

    /** Whether the step can be taken now; the transition itself says why not. */
    public boolean allows(Transition transition) {
        if (!transition.startsFrom(state)) {
            return false;
        }
        return switch (transition) {
            case DISPATCH, RESOLVE, PAUSE -> pausedAt == null;
            case REOPEN -> satisfaction == Satisfaction.UNSATISFIED;
            case RESUME -> pausedAt != null;
            default -> true;
        };
    }

    private void requireNotPaused() {
        if (pausedAt != null) {
            throw new DomainException("error.demand.paused");
        }
    }

    private static void check(DemandDetails details) {
        if (details.channel() == null) {
            throw new DomainException("error.demand.channel-required");
        }
        Requester requester = details.requester();
        if (requester == null || requester.name() == null || requester.name().isBlank()) {
            throw new DomainException("error.demand.requester-required");
        }
        requireAtMost(requester.name(), 50, "error.demand.requester-too-long");
        if (requester.phone() == null || !PHONE.matcher(requester.phone().replace(" ", "").strip()).matches()) {
            throw new DomainException("error.demand.phone-invalid");
        }
        if (details.description() == null || details.description().isBlank()) {
            throw new DomainException("error.demand.description-required");
        }
        requireAtMost(details.description(), MAX_DESCRIPTION, "error.demand.description-too-long");
        for (String text : new String[]{requester.name(), requester.organisation(), details.description(), details.externalRef()}) {
            if (text != null && MARKUP.matcher(text).find()) {
                throw new DomainException("error.demand.markup");
            }
        }
        if (details.service() == null) {
            throw new DomainException("error.demand.service-required");
        }
        requireAtMost(details.externalRef(), 40, "error.demand.work-order-number-too-long");
        requireAtMost(requester.organisation(), 100, "error.demand.organisation-too-long");
        requireAtMost(details.place() == null ? null : details.place().district(), 20, "error.demand.district-too-long");
    }

    private static void requireAtMost(String text, int length, String errorKey) {
        if (text != null && text.strip().length() > length) {
            throw new DomainException(errorKey, length);
        }
    }

    private static String requireText(String text, String errorKey) {
        if (text == null || text.isBlank()) {
            throw new DomainException(errorKey);
        }
        return optionalText(text);
    }

    private static String optionalText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_NOTE) {
            throw new DomainException("error.demand.note-too-long", MAX_NOTE);
        }
        if (MARKUP.matcher(text).find()) {
            throw new DomainException("error.demand.markup");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> facts(Object... keyValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                facts.put((String) keyValues[i], keyValues[i + 1] instanceof Enum<?> e ? e.name() : keyValues[i + 1]);
            }
        }
        return facts;
    }

    public Optional<DemandDeadline> deadline(DeadlineStep step) {
        return deadlines.stream().filter(d -> d.step() == step).findFirst();
    }

    /** Every deadline, in the order of the flow. */
    public List<DemandDeadline> deadlines() {
        return deadlines.stream().sorted(Comparator.comparing(DemandDeadline::step)).toList();
    }

    public List<DemandStep> steps() { return List.copyOf(steps); }
    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public String trackingCode() { return trackingCode; }
    public Channel channel() { return channel; }
    public String externalRef() { return externalRef; }
    public RequesterKind requesterKind() { return requesterKind; }
    public String requesterName() { return requesterName; }
    public String requesterPhone() { return requesterPhone; }
    public String requesterOrganisation() { return requesterOrganisation; }
    public String district() { return district; }
    public Long streetId() { return streetId; }
    public Long communityId() { return communityId; }
    public Long servicePointId() { return servicePointId; }
    public Long categoryId() { return categoryId; }
    public ServiceKind service() { return service; }
    public Urgency urgency() { return urgency; }
    public String description() { return description; }
    public DemandState state() { return state; }
    public Long branchId() { return branchId; }
    public Long cellId() { return cellId; }
    public Long memberId() { return memberId; }
    public String organizationPath() { return organizationPath; }
    public Outcome outcome() { return outcome; }
    public Satisfaction satisfaction() { return satisfaction; }
    public String placedBy() { return placedBy; }
    public LocalDateTime submittedAt() { return submittedAt; }
    public LocalDateTime firstContactAt() { return firstContactAt; }
    public LocalDateTime firstContactDue() { return firstContactDue; }
    public LocalDateTime resolvedAt() { return resolvedAt; }
    public LocalDateTime closedAt() { return closedAt; }
    public LocalDateTime pausedAt() { return pausedAt; }
    public String pauseReason() { return pauseReason; }
    public Integer version() { return version; }
}
