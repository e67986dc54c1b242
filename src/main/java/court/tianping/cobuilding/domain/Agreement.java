package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.AgreementDrafted;
import court.tianping.cobuilding.AgreementSigned;
import court.tianping.cobuilding.AgreementState;
import court.tianping.cobuilding.AgreementTerminated;
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
import static court.tianping.cobuilding.domain.Texts.required;

/**
 * A co-building agreement (共建协议) between the court's branches and one or more partners. Drafted with its
 * term, signed once with the signed document, in force until the last day of its term (then expired) unless
 * terminated earlier with a reason. While in force, and until the day it is terminated, it counts as active.
 */
@Table("cobuilding_agreement")
public class Agreement extends Raised<Agreement> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_CONTENT = 4000;
    public static final int MAX_REASON = 500;
    public static final int LONGEST_TERM_YEARS = 10;
    /** Days before the end of its term from which a signed agreement is flagged as expiring. */
    public static final int EXPIRING_WITHIN_DAYS = 30;

    @Id
    private Long id;
    private Long courtId;
    private String title;
    private String content;
    private LocalDate validFrom;
    private LocalDate validTo;
    private AgreementState state;
    private LocalDate signedOn;
    private LocalDate terminatedOn;
    private String terminateReason;
    private String documentName;
    private String documentType;
    private String recordedBy;
    private LocalDateTime recordedAt;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "agreement")
    private Set<AgreementPartner> partners = new HashSet<>();
    @MappedCollection(idColumn = "agreement")
    private Set<AgreementBranch> branches = new HashSet<>();

    Agreement() {
    }

    /** Drafts an agreement of one court with at least one partner and at least one branch of that court. */
    public static Agreement draft(long courtId, AgreementTerms terms, Collection<Long> partnerIds,
                                  Collection<BoundBranch> bound, String actor, LocalDateTime now) {
        Agreement agreement = new Agreement();
        agreement.title = required(terms.title(), "error.cobuilding.agreement.title-required", MAX_TITLE);
        agreement.content = required(terms.content(), "error.cobuilding.agreement.content-required", MAX_CONTENT);
        if (terms.validFrom() == null || terms.validTo() == null) {
            throw new DomainException("error.cobuilding.agreement.term-required");
        }
        if (terms.validTo().isBefore(terms.validFrom())) {
            throw new DomainException("error.cobuilding.agreement.ends-before-starts");
        }
        if (terms.validTo().isAfter(terms.validFrom().plusYears(LONGEST_TERM_YEARS))) {
            throw new DomainException("error.cobuilding.agreement.term-too-long", LONGEST_TERM_YEARS);
        }
        if (partnerIds.isEmpty()) {
            throw new DomainException("error.cobuilding.agreement.partner-required");
        }
        if (bound.isEmpty()) {
            throw new DomainException("error.cobuilding.agreement.branch-required");
        }
        if (bound.stream().anyMatch(b -> b.courtId() != courtId)) {
            throw new DomainException("error.cobuilding.branch-other-court");
        }
        agreement.courtId = courtId;
        agreement.validFrom = terms.validFrom();
        agreement.validTo = terms.validTo();
        agreement.state = AgreementState.DRAFT;
        partnerIds.forEach(p -> agreement.partners.add(new AgreementPartner(p, courtId)));
        bound.forEach(b -> agreement.branches.add(new AgreementBranch(b.organizationId(), courtId, b.organizationPath())));
        agreement.recordedBy = actor;
        agreement.recordedAt = now;
        agreement.updatedAt = now;
        List<Long> partnerList = agreement.partnerIds();
        List<Long> branchList = agreement.branchIds();
        LocalDate from = agreement.validFrom;
        LocalDate to = agreement.validTo;
        var after = facts("title", agreement.title, "state", agreement.state, "validFrom", from, "validTo", to,
                "partners", partnerList, "branches", branchList);
        agreement.raise(id -> new AgreementDrafted(id, courtId, actor, now, partnerList, branchList, from, to, after));
        return agreement;
    }

    /** Signs the draft on a day not after today nor after its term, with the signed document. */
    public void sign(LocalDate on, String document, String documentMediaType, String actor, LocalDateTime now) {
        if (state != AgreementState.DRAFT) {
            throw new DomainException("error.cobuilding.agreement.cannot-sign");
        }
        if (on == null) {
            throw new DomainException("error.cobuilding.agreement.signed-on-required");
        }
        if (on.isAfter(now.toLocalDate())) {
            throw new DomainException("error.cobuilding.agreement.signed-in-future");
        }
        if (on.isAfter(validTo)) {
            throw new DomainException("error.cobuilding.agreement.signed-after-term");
        }
        if (document == null || documentMediaType == null) {
            throw new DomainException("error.cobuilding.agreement.document-required");
        }
        state = AgreementState.SIGNED;
        signedOn = on;
        documentName = document;
        documentType = documentMediaType;
        updatedAt = now;
        List<Long> partnerList = partnerIds();
        List<Long> branchList = branchIds();
        var after = facts("state", state, "signedOn", on, "document", document);
        raise(id -> new AgreementSigned(id, courtId, actor, now, partnerList, branchList, on, validFrom, validTo, after));
    }

    /** Ends a signed agreement in force on a day from its signing to today, with the reason. */
    public void terminate(LocalDate on, String reason, String actor, LocalDateTime now) {
        AgreementState current = stateOn(now.toLocalDate());
        if (current == AgreementState.EXPIRED) {
            throw new DomainException("error.cobuilding.agreement.already-expired");
        }
        if (current != AgreementState.SIGNED) {
            throw new DomainException("error.cobuilding.agreement.cannot-terminate");
        }
        String why = required(reason, "error.cobuilding.agreement.reason-required", MAX_REASON);
        if (on == null) {
            throw new DomainException("error.cobuilding.agreement.terminated-on-required");
        }
        if (on.isBefore(signedOn) || on.isAfter(now.toLocalDate())) {
            throw new DomainException("error.cobuilding.agreement.terminated-on-range", signedOn, now.toLocalDate());
        }
        state = AgreementState.TERMINATED;
        terminatedOn = on;
        terminateReason = why;
        updatedAt = now;
        List<Long> branchList = branchIds();
        var after = facts("state", state, "terminatedOn", on, "reason", why);
        raise(id -> new AgreementTerminated(id, courtId, actor, now, branchList, on, why, after));
    }

    /** The state on a day: a signed agreement whose term is over has expired. */
    public AgreementState stateOn(LocalDate day) {
        return state == AgreementState.SIGNED && day.isAfter(validTo) ? AgreementState.EXPIRED : state;
    }

    /** Signed and in force, with the end of its term at most {@value #EXPIRING_WITHIN_DAYS} days away. */
    public boolean expiringOn(LocalDate day) {
        return stateOn(day) == AgreementState.SIGNED && !validTo.isAfter(day.plusDays(EXPIRING_WITHIN_DAYS));
    }

    /** Whether it was in force on some day of the period (both ends included). */
    public boolean activeDuring(LocalDate from, LocalDate to) {
        if (state == AgreementState.DRAFT) {
            return false;
        }
        LocalDate end = terminatedOn != null ? terminatedOn : validTo;
        return !validFrom.isAfter(to) && !end.isBefore(from);
    }

    public boolean bindsWithin(String path) {
        return branches.stream().anyMatch(b -> b.organizationPath().startsWith(path));
    }

    public List<Long> partnerIds() {
        return partners.stream().map(AgreementPartner::partnerId).sorted().toList();
    }

    public List<Long> branchIds() {
        return branches.stream().map(AgreementBranch::organizationId).sorted().toList();
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public long courtId() { return courtId; }
    public String title() { return title; }
    public String content() { return content; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public LocalDate signedOn() { return signedOn; }
    public LocalDate terminatedOn() { return terminatedOn; }
    public String terminateReason() { return terminateReason; }
    public String documentName() { return documentName; }
    public String documentType() { return documentType; }
    public String recordedBy() { return recordedBy; }
    public int version() { return version == null ? 0 : version; }
}
