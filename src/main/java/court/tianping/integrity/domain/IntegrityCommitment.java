package court.tianping.integrity.domain;

import court.tianping.core.DomainException;
import court.tianping.integrity.CommitmentSigned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A member's integrity commitment (廉洁承诺书) of one year, signed once, with the signed document kept. */
@Table("integrity_commitment")
public class IntegrityCommitment extends Recorded<IntegrityCommitment> {

    @Id
    private Long id;
    private Long courtId;
    private Integer campaignYear;
    private Long memberId;
    private Long branchId;
    private String branchPath;
    private LocalDate signedOn;
    private String fileName;
    private String contentType;
    private Long sizeBytes;
    private byte[] content;
    private String signedBy;
    private LocalDateTime signedAt;
    @Version
    private Integer version;

    IntegrityCommitment() {
    }

    /** The member signs the campaign's commitment on a day of its year that has come. */
    public static IntegrityCommitment sign(CommitmentCampaign campaign, Signer member, SignedDocument document,
                                           LocalDate signedOn, String by, LocalDateTime now) {
        if (campaign.courtId() != member.courtId()) {
            throw new DomainException("error.integrity.no-campaign", campaign.year());
        }
        if (signedOn == null) {
            throw new DomainException("error.integrity.signed-on-required");
        }
        if (signedOn.isAfter(now.toLocalDate()) || signedOn.getYear() != campaign.year()) {
            throw new DomainException("error.integrity.signed-on", campaign.year());
        }
        if (document == null || document.content() == null || document.content().length == 0) {
            throw new DomainException("error.integrity.document-required");
        }
        IntegrityCommitment commitment = new IntegrityCommitment();
        commitment.courtId = member.courtId();
        commitment.campaignYear = campaign.year();
        commitment.memberId = member.memberId();
        commitment.branchId = member.branchId();
        commitment.branchPath = member.branchPath();
        commitment.signedOn = signedOn;
        commitment.fileName = document.fileName();
        commitment.contentType = document.contentType();
        commitment.sizeBytes = (long) document.content().length;
        commitment.content = document.content().clone();
        commitment.signedBy = by;
        commitment.signedAt = now.withNano(0);
        long court = member.courtId();
        int year = campaign.year();
        commitment.raise(id -> new CommitmentSigned(id, court, by, now, member.memberId(), year,
                Map.of("year", year, "memberId", member.memberId(), "signedOn", signedOn.toString(),
                        "document", document.contentType())));
        return commitment;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public long courtId() { return courtId; }
    public int year() { return campaignYear; }
    public long memberId() { return memberId; }
    public LocalDate signedOn() { return signedOn; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public byte[] content() { return content.clone(); }
}
