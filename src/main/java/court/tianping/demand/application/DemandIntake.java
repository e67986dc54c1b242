package court.tianping.demand.application;

import court.tianping.core.DomainException;
import court.tianping.demand.Channel;
import court.tianping.demand.ServicePointKind;
import court.tianping.demand.domain.AttachmentFile;
import court.tianping.demand.domain.DeadlinePolicy;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.demand.domain.Place;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.TianpingUser;
import court.tianping.triage.TriageModels;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 点单: every intake channel creates the same {@link Demand}. After submission the routing rules
 * dispatch it at once when they point to exactly one branch (street pairing, category route).
 */
@Service
public class DemandIntake {

    static final String PUBLIC_ACTOR = "public";
    private static final Set<Channel> STAFF_CHANNELS = Set.of(Channel.HOTLINE_12368, Channel.WALK_IN, Channel.STATION);

    /** The result of an intake: the demand, and whether this call created it (false for a repeat). */
    public record Submitted(long id, String trackingCode, boolean created) {
    }

    private final DemandRepository demands;
    private final DemandCatalog catalog;
    private final DeadlinePolicy policy;
    private final CurrentUser currentUser;
    private final AttachmentStore attachments;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TriageModels triage;
    private final KeptReferences kept;

    DemandIntake(DemandRepository demands, DemandCatalog catalog, DeadlinePolicy policy,
                 CurrentUser currentUser, AttachmentStore attachments, JdbcClient jdbc, Clock clock, TriageModels triage,
                 KeptReferences kept) {
        this.kept = kept;
        this.demands = demands;
        this.catalog = catalog;
        this.policy = policy;
        this.currentUser = currentUser;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.clock = clock;
        this.triage = triage;
    }

    /**
     * A 12368 operator, a walk-in desk or a station's staff records a demand for their court, with the files
     * brought along: the demand and its files are kept together, or, when a file is refused, neither.
     */
    @PreAuthorize("hasAuthority('demand:intake')")
    @Transactional
    public Submitted record(DemandDetails details, List<AttachmentUpload> uploads) {
        requireStaffChannel(details);
        List<AttachmentFile> files = attachments.check(uploads, false);
        return submit(userCourt(), details, currentUser.actor(), LocalDateTime.now(clock), files);
    }

    /** 群众点单 through a partner: the liaison's street is the place of the order. */
    @PreAuthorize("hasAuthority('demand:order')")
    @Transactional
    public Submitted placeOrder(DemandDetails details, List<AttachmentUpload> uploads) {
        List<AttachmentFile> files = attachments.check(uploads, false);
        TianpingUser user = currentUser.require();
        StreetLiaison liaison = liaison(user.username())
                .orElseThrow(() -> new DomainException("error.demand.no-street"));
        Long community = details.place().communityId();
        Place place = new Place(liaison.district(), liaison.streetId(), community, null);
        DemandDetails order = new DemandDetails(Channel.PARTNER_ORDER, null, details.requester(), place,
                details.categoryId(), details.service(), details.urgency(), details.description());
        return submit(liaison.courtId(), order, user.username(), LocalDateTime.now(clock), files);
    }

    /**
     * A demand from a hotline system through the API, for a court in the caller's scope. A 12345 work
     * order is taken once per order number: a repeat returns the demand made the first time.
     */
    @PreAuthorize("hasAuthority('demand:intake')")
    @Transactional
    public Submitted receive(long courtId, DemandDetails details) {
        checkCourt(courtId);
        if (details.channel() != Channel.HOTLINE_12345) {
            requireStaffChannel(details);
            return submit(courtId, details, currentUser.actor(), LocalDateTime.now(clock), List.of());
        }
        if (details.externalRef() == null || details.externalRef().isBlank()) {
            throw new DomainException("error.demand.work-order-number-required");
        }
        Optional<Submitted> existing = workOrder(details.externalRef().strip());
        if (existing.isPresent()) {
            return existing.get();
        }
        return submit(courtId, details, currentUser.actor(), LocalDateTime.now(clock), List.of());
    }

    /** A batch of work orders, all or none: an error names the position of the order that caused it. */
    @PreAuthorize("hasAuthority('demand:intake')")
    @Transactional
    public List<Submitted> receiveAll(long courtId, List<DemandDetails> batch) {
        if (batch == null || batch.isEmpty() || batch.size() > 500) {
            throw new DomainException("error.demand.batch-size", 500);
        }
        List<Submitted> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            DemandDetails details = batch.get(i);
            String ref = details.externalRef() == null ? null : details.externalRef().strip();
            try {
                if (ref != null && !seen.add(ref) && details.channel() == Channel.HOTLINE_12345) {
                    results.add(workOrder(ref).orElseThrow());
                    continue;
                }
                results.add(receive(courtId, details));
            } catch (DomainException e) {
                throw new BatchItemException(i + 1, e);
            }
        }
        return results;
    }

    /** An order of a batch was refused; nothing of the batch is kept. */
    public static class BatchItemException extends DomainException {

        private final transient DomainException cause;

        BatchItemException(int position, DomainException cause) {
            super("error.demand.batch-item", position);
            this.cause = cause;
        }

        public DomainException reason() {
            return cause;
        }
    }

    /**
     * 一码解纷: a member of the public scans a station's or community's code, and may add a few photos or PDF
     * files. A repeated submission with the same idempotency key returns the first demand instead of
     * creating another.
     */
    @Transactional
    public Submitted submitPublic(String servicePointCode, DemandDetails details, String idempotencyKey,
                                 List<AttachmentUpload> uploads) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
            throw new DomainException("error.demand.idempotency-key");
        }
        Optional<Submitted> repeat = jdbc.sql("""
                        select d.id, d.tracking_code, false as created from demand_submission_key k
                        join demand d on d.id = k.demand_id where k.idempotency_key = :key""")
                .param("key", idempotencyKey).query(Submitted.class).optional();
        if (repeat.isPresent()) {
            return repeat.get();
        }
        List<AttachmentFile> files = attachments.check(uploads, true);
        DemandCatalog.ServicePoint point = catalog.servicePointByCode(servicePointCode)
                .orElseThrow(() -> new DomainException("error.demand.unknown-code"));
        String district = catalog.street(point.streetId()).map(DemandCatalog.Street::district).orElse(null);
        Long community = point.communityId() != null ? point.communityId() : details.place().communityId();
        Channel channel = point.kind() == ServicePointKind.COMMUNITY ? Channel.QR_CODE : Channel.STATION;
        DemandDetails publicDetails = new DemandDetails(channel, null, details.requester(),
                new Place(district, point.streetId(), community, point.id()), details.categoryId(), details.service(),
                details.urgency(), details.description());
        LocalDateTime now = LocalDateTime.now(clock);
        Submitted submitted = submit(point.courtId(), publicDetails, PUBLIC_ACTOR, now, files);
        try {
            jdbc.sql("insert into demand_submission_key (idempotency_key, demand_id, created_at) values (:key, :id, :at)")
                    .param("key", idempotencyKey).param("id", submitted.id()).param("at", now).update();
        } catch (DuplicateKeyException e) {
            throw new DomainException("error.demand.duplicate-submission");
        }
        return submitted;
    }

    /** The demand made from a 12345 work order, if the order was taken before. */
    private Optional<Submitted> workOrder(String orderNumber) {
        return jdbc.sql("select id, tracking_code from demand where channel = 'HOTLINE_12345' and external_ref = :ref")
                .param("ref", orderNumber).query((rs, n) -> new Submitted(rs.getLong(1), rs.getString(2), false)).optional();
    }

    private Submitted submit(long courtId, DemandDetails details, String placedBy, LocalDateTime now,
                             List<AttachmentFile> files) {
        References references = checkReferences(courtId, details);
        Demand demand = Demand.submit(courtId, DemandCatalog.newCode(), details, placedBy, policy, now);
        DemandCatalog.route(references.street(), references.category())
                .flatMap(kept::unit)
                .ifPresent(branch -> demand.dispatch(branch, true, "system", policy, now));
        Demand saved = demands.insert(demand);
        triage.suggest(courtId, saved.id(), details.description());
        attachments.store(saved, files, placedBy, now);
        return new Submitted(saved.id(), saved.trackingCode(), true);
    }

    private static void requireStaffChannel(DemandDetails details) {
        if (details.channel() == null) {
            throw new DomainException("error.demand.channel-required");
        }
        if (!STAFF_CHANNELS.contains(details.channel())) {
            throw new DomainException("error.demand.channel-not-allowed", details.channel());
        }
    }

    /** The street and category the details name, once checked to be the court's own (each may be absent). */
    private record References(DemandCatalog.Street street, DemandCatalog.Category category) {
    }

    private References checkReferences(long courtId, DemandDetails details) {
        DemandCatalog.Category category = null;
        if (details.categoryId() != null) {
            category = catalog.activeCategory(courtId, details.categoryId());
        }
        Place place = details.place();
        DemandCatalog.Street street = null;
        if (place.streetId() != null) {
            street = catalog.street(place.streetId()).filter(s -> s.courtId() == courtId)
                    .orElseThrow(() -> new DomainException("error.demand.unknown-street"));
        }
        if (place.communityId() != null && catalog.community(place.communityId())
                .filter(c -> c.courtId() == courtId && (place.streetId() == null || c.streetId() == place.streetId())).isEmpty()) {
            throw new DomainException("error.demand.community-not-in-street");
        }
        return new References(street, category);
    }

    private long userCourt() {
        TianpingUser user = currentUser.require();
        if (user.courtId() == null) {
            throw new DomainException("error.demand.no-court");
        }
        return user.courtId();
    }

    private void checkCourt(long courtId) {
        if (!currentUser.scope().courtIds().contains(courtId)
                && !Long.valueOf(courtId).equals(currentUser.require().courtId())) {
            throw new DomainException("error.demand.court-out-of-scope", courtId);
        }
        if (kept.court(courtId).isEmpty()) {
            throw new DomainException("error.demand.unknown-court", courtId);
        }
    }

    public record StreetLiaison(String username, long courtId, long streetId, String district, String organisation) {
    }

    public Optional<StreetLiaison> liaison(String username) {
        return jdbc.sql("""
                        select l.username, l.court_id, l.street_id, s.district, l.organisation
                        from street_liaison l join street s on s.id = l.street_id where l.username = :username""")
                .param("username", username).query(StreetLiaison.class).optional();
    }
}
