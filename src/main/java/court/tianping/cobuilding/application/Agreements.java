package court.tianping.cobuilding.application;

import court.tianping.cobuilding.AgreementState;
import court.tianping.cobuilding.domain.Agreement;
import court.tianping.cobuilding.domain.AgreementRepository;
import court.tianping.cobuilding.domain.AgreementTerms;
import court.tianping.cobuilding.domain.BoundBranch;
import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.core.SqlFilter;
import court.tianping.organization.OrganizationDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Co-building agreements: drafted by the office for any branches of the court or by a branch secretary for their
 * own branch, signed with the signed document (checked from its content), terminated with a reason. Each call on
 * an existing agreement names the version the user saw: a change made meanwhile is never overwritten.
 */
@Service
public class Agreements {

    /** An agreement as listed, with its state today and whether it expires within 30 days. */
    public record AgreementRow(long id, String title, String partners, String branches, LocalDate signedOn,
                               LocalDate validFrom, LocalDate validTo, AgreementState state, boolean expiring) {
    }

    /** An agreement as shown on its page. */
    public record AgreementView(Agreement agreement, AgreementState state, boolean expiring, List<String> partnerNames,
                                List<String> branchNames, boolean manageable) {
    }

    public record Document(String fileName, String contentType, byte[] content) {
    }

    private final AgreementRepository agreements;
    private final Partners partners;
    private final CobuildingAccess access;
    private final CheckedFiles files;
    private final OrganizationDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    Agreements(AgreementRepository agreements, Partners partners, CobuildingAccess access, CheckedFiles files,
               OrganizationDirectory directory, JdbcClient jdbc, Clock clock) {
        this.agreements = agreements;
        this.partners = partners;
        this.access = access;
        this.files = files;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('cobuilding:record')")
    @Transactional
    public long draft(AgreementTerms terms, Collection<Long> partnerIds, Collection<Long> branchIds) {
        long court = access.court();
        List<Long> chosen = partnerIds == null ? List.of() : partnerIds.stream().filter(Objects::nonNull).distinct().toList();
        chosen.forEach(partners::ofCourt);
        List<BoundBranch> bound = access.branches(branchIds == null ? List.of() : branchIds).stream()
                .map(u -> new BoundBranch(u.id(), u.courtId(), u.path())).toList();
        Agreement agreement = Agreement.draft(court, terms, chosen, bound, access.actor(), now());
        return agreements.save(agreement).id();
    }

    /** Signs the draft on the day given with the signed document (PDF, Word or a scan as JPEG or PNG). */
    @PreAuthorize("hasAuthority('cobuilding:record')")
    @Transactional
    public void sign(long id, int version, LocalDate signedOn, Upload document) {
        Agreement agreement = managed(id, version);
        if (document == null || !document.chosen()) {
            throw new DomainException("error.cobuilding.agreement.document-required");
        }
        CheckedFiles.Checked file = files.check(document, CheckedFiles.DOCUMENTS, "error.cobuilding.file.document");
        agreement.sign(signedOn, file.name(), file.mediaType(), access.actor(), now());
        agreements.save(agreement);
        jdbc.sql("update cobuilding_agreement set document = :content where id = :id")
                .param("content", file.content()).param("id", id).update();
    }

    @PreAuthorize("hasAuthority('cobuilding:record')")
    @Transactional
    public void terminate(long id, int version, LocalDate on, String reason) {
        Agreement agreement = managed(id, version);
        agreement.terminate(on, reason, access.actor(), now());
        agreements.save(agreement);
    }

    @PreAuthorize("hasAuthority('cobuilding:read')")
    public PageResult<AgreementRow> list(AgreementState state, boolean expiringOnly, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        SqlFilter scope = access.byBranches("a", "cobuilding_agreement_branch", "agreement");
        Map<String, Object> params = new HashMap<>(scope.params());
        StringBuilder where = new StringBuilder("where ").append(scope.sql());
        params.put("today", today);
        if (state != null) {
            where.append(switch (state) {
                case DRAFT -> " and a.state = 'DRAFT'";
                case SIGNED -> " and a.state = 'SIGNED' and a.valid_to >= :today";
                case EXPIRED -> " and a.state = 'SIGNED' and a.valid_to < :today";
                case TERMINATED -> " and a.state = 'TERMINATED'";
            });
        }
        if (expiringOnly) {
            where.append(" and a.state = 'SIGNED' and a.valid_to >= :today and a.valid_to <= :soon");
            params.put("soon", today.plusDays(Agreement.EXPIRING_WITHIN_DAYS));
        }
        long total = jdbc.sql("select count(*) from cobuilding_agreement a " + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", page * size);
        List<AgreementRow> rows = new ArrayList<>();
        jdbc.sql("select a.id, a.title, a.signed_on, a.valid_from, a.valid_to, a.state from cobuilding_agreement a " + where
                        + " order by a.valid_to, a.id limit :size offset :offset").params(params)
                .query((RowCallbackHandler) rs -> {
                    LocalDate validTo = rs.getObject(5, LocalDate.class);
                    AgreementState stored = AgreementState.valueOf(rs.getString(6));
                    AgreementState now = stored == AgreementState.SIGNED && today.isAfter(validTo) ? AgreementState.EXPIRED : stored;
                    boolean expiring = now == AgreementState.SIGNED && !validTo.isAfter(today.plusDays(Agreement.EXPIRING_WITHIN_DAYS));
                    rows.add(new AgreementRow(rs.getLong(1), rs.getString(2), null, null, rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), validTo, now, expiring));
                });
        Map<Long, String> partnerNames = joined("""
                select ap.agreement, p.name from cobuilding_agreement_partner ap join cobuilding_partner p on p.id = ap.partner_id
                where ap.agreement in (:ids) order by p.name""", rows);
        Map<Long, List<Long>> branchIds = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("select agreement, organization_id from cobuilding_agreement_branch where agreement in (:ids)")
                    .param("ids", rows.stream().map(AgreementRow::id).toList())
                    .query((RowCallbackHandler) rs ->
                            branchIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        }
        Map<Long, String> unitNames = directory.unitNames(branchIds.values().stream().flatMap(List::stream).distinct().toList());
        List<AgreementRow> content = rows.stream().map(r -> new AgreementRow(r.id(), r.title(), partnerNames.getOrDefault(r.id(), ""),
                String.join("、", branchIds.getOrDefault(r.id(), List.of()).stream().map(unitNames::get).sorted().toList()),
                r.signedOn(), r.validFrom(), r.validTo(), r.state(), r.expiring())).toList();
        return new PageResult<>(content, total, page, size);
    }

    private Map<Long, String> joined(String sql, List<AgreementRow> rows) {
        Map<Long, String> joined = new HashMap<>();
        if (rows.isEmpty()) {
            return joined;
        }
        jdbc.sql(sql).param("ids", rows.stream().map(AgreementRow::id).toList())
                .query((RowCallbackHandler) rs ->
                        joined.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + "、" + b));
        return joined;
    }

    @PreAuthorize("hasAuthority('cobuilding:read')")
    public AgreementView view(long id) {
        Agreement agreement = visible(id);
        LocalDate today = LocalDate.now(clock);
        List<String> partnerNames = new ArrayList<>();
        jdbc.sql("select name from cobuilding_partner where id in (:ids) order by name").param("ids", agreement.partnerIds())
                .query((RowCallbackHandler) rs -> partnerNames.add(rs.getString(1)));
        List<String> branchNames = directory.unitNames(agreement.branchIds()).values().stream().sorted().toList();
        boolean manageable = access.covers(agreement.courtId(), agreement::bindsWithin);
        return new AgreementView(agreement, agreement.stateOn(today), agreement.expiringOn(today), partnerNames, branchNames,
                manageable);
    }

    @PreAuthorize("hasAuthority('cobuilding:read')")
    public Document document(long id) {
        Agreement agreement = visible(id);
        if (agreement.documentName() == null) {
            throw new NotFoundException("label.cobuilding-document", id);
        }
        byte[] content = jdbc.sql("select document from cobuilding_agreement where id = :id").param("id", id)
                .query(byte[].class).single();
        return new Document(agreement.documentName(), agreement.documentType(), content);
    }

    private Agreement visible(long id) {
        return agreements.findById(id).filter(a -> access.covers(a.courtId(), a::bindsWithin))
                .orElseThrow(() -> new NotFoundException("label.cobuilding-agreement", id));
    }

    private Agreement managed(long id, int version) {
        Agreement agreement = visible(id);
        if (agreement.version() != version) {
            throw new OptimisticLockingFailureException("agreement " + id + " changed meanwhile");
        }
        return agreement;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
