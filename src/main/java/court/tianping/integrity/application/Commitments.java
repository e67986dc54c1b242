package court.tianping.integrity.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.integrity.application.IntegrityPeople.BranchMembers;
import court.tianping.integrity.domain.CommitmentCampaign;
import court.tianping.integrity.domain.CommitmentCampaignRepository;
import court.tianping.integrity.domain.IntegrityCommitment;
import court.tianping.integrity.domain.IntegrityCommitmentRepository;
import court.tianping.integrity.domain.SignedDocument;
import court.tianping.integrity.domain.Signer;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.platform.FileContents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The annual integrity commitments (廉洁承诺书): the office opens a year's campaign for the court, each member
 * signs their own with the signed document (a PDF, a scan or photo, or a Word file, recognised from its content),
 * and the office sees who has not signed, branch by branch.
 */
@Service
public class Commitments {

    /** Largest signed document accepted. */
    public static final int MAX_DOCUMENT_MEGABYTES = 10;
    private static final Map<FileContents.Type, String> ACCEPTED = Map.of(
            FileContents.Type.PDF, "application/pdf",
            FileContents.Type.JPEG, "image/jpeg",
            FileContents.Type.PNG, "image/png",
            FileContents.Type.DOC, "application/msword",
            FileContents.Type.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** A member's own commitment of a year: whether the campaign is open and when they signed. */
    public record Mine(int year, boolean campaignOpen, LocalDate signedOn, String fileName) {
    }

    /** One branch's signing in a year. */
    public record BranchStatus(long branchId, String branch, int members, int signed, List<Unsigned> unsigned) {

        public Integer rate() {
            return members == 0 ? null : Math.round(100f * signed / members);
        }
    }

    public record Unsigned(long memberId, String name) {
    }

    public record Status(int year, boolean campaignOpen, LocalDate openedOn, int members, int signed,
                         List<BranchStatus> branches) {

        public Integer rate() {
            return members == 0 ? null : Math.round(100f * signed / members);
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    private final CommitmentCampaignRepository campaigns;
    private final IntegrityCommitmentRepository commitments;
    private final IntegrityPeople people;
    private final IntegrityAccess access;
    private final FileContents contents;
    private final JdbcClient jdbc;
    private final Clock clock;

    Commitments(CommitmentCampaignRepository campaigns, IntegrityCommitmentRepository commitments, IntegrityPeople people,
                IntegrityAccess access, FileContents contents, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.commitments = commitments;
        this.people = people;
        this.access = access;
        this.contents = contents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('integrity:campaign')")
    @Transactional
    public long open(Integer year) {
        long court = access.requireCourt();
        if (year != null && campaigns.findByCourtIdAndCampaignYear(court, year).isPresent()) {
            throw new DomainException("error.integrity.campaign-exists", year);
        }
        return campaigns.save(CommitmentCampaign.open(court, year, access.actor(), now())).id();
    }

    /** The member signs this year's commitment, once, with the signed document. */
    @PreAuthorize("hasAuthority('integrity:commit')")
    @Transactional
    public long sign(LocalDate signedOn, String fileName, byte[] content) {
        Signer member = people.signer(access.requireMember());
        int year = LocalDate.now(clock).getYear();
        CommitmentCampaign campaign = campaigns.findByCourtIdAndCampaignYear(member.courtId(), year)
                .orElseThrow(() -> new DomainException("error.integrity.no-campaign", year));
        if (commitments.existsByCourtIdAndCampaignYearAndMemberId(member.courtId(), year, member.memberId())) {
            throw new DomainException("error.integrity.commitment-signed", year);
        }
        SignedDocument document = content == null || content.length == 0 ? null : check(fileName, content);
        return commitments.save(IntegrityCommitment.sign(campaign, member, document, signedOn, access.actor(), now())).id();
    }

    private SignedDocument check(String fileName, byte[] content) {
        String name = cleanName(fileName);
        if (content.length > MAX_DOCUMENT_MEGABYTES * 1024 * 1024) {
            throw new DomainException("error.integrity.document-too-large", name, MAX_DOCUMENT_MEGABYTES);
        }
        String type = contents.typeOf(content).map(ACCEPTED::get)
                .orElseThrow(() -> new DomainException("error.integrity.document-type", name));
        return new SignedDocument(name, type, content);
    }

    @PreAuthorize("hasAuthority('integrity:commit')")
    public Mine mine() {
        long member = access.requireMember();
        Signer signer = people.signer(member);
        int year = LocalDate.now(clock).getYear();
        boolean open = campaigns.findByCourtIdAndCampaignYear(signer.courtId(), year).isPresent();
        return jdbc.sql("select signed_on, file_name from integrity_commitment where court_id = :c and campaign_year = :y and member_id = :m")
                .param("c", signer.courtId()).param("y", year).param("m", member)
                .query((rs, n) -> new Mine(year, open, rs.getObject(1, LocalDate.class), rs.getString(2))).optional()
                .orElse(new Mine(year, open, null, null));
    }

    /** Signing of a year in the user's court, branch by branch, with the members who have not signed. */
    @PreAuthorize("hasAuthority('integrity:campaign')")
    public Status status(int year) {
        return statusOf(access.requireCourt(), year);
    }

    private static BranchStatus branchStatus(BranchMembers branch, Set<Long> signed) {
        List<Person> members = branch.members();
        List<Unsigned> unsigned = members.stream().filter(p -> !signed.contains(p.id()))
                .map(p -> new Unsigned(p.id(), p.name())).toList();
        return new BranchStatus(branch.branch().id(), branch.branch().name(), members.size(),
                members.size() - unsigned.size(), unsigned);
    }

    Status statusOf(long court, int year) {
        Set<Long> signed = jdbc.sql("select member_id from integrity_commitment where court_id = :c and campaign_year = :y")
                .param("c", court).param("y", year).query(Long.class).set();
        List<BranchStatus> branches = people.roster(court).stream().map(b -> branchStatus(b, signed)).toList();
        Optional<CommitmentCampaign> campaign = campaigns.findByCourtIdAndCampaignYear(court, year);
        return new Status(year, campaign.isPresent(), campaign.map(CommitmentCampaign::openedOn).orElse(null),
                branches.stream().mapToInt(BranchStatus::members).sum(), branches.stream().mapToInt(BranchStatus::signed).sum(),
                branches);
    }

    /** The signed document of a commitment of the user's court. */
    @PreAuthorize("hasAuthority('integrity:campaign')")
    public Download document(long id) {
        long court = access.requireCourt();
        return download("id = :id and court_id = :c", Map.of("id", id, "c", court))
                .orElseThrow(() -> new NotFoundException("label.integrity.commitment", id));
    }

    /** The member's own signed document of this year. */
    @PreAuthorize("hasAuthority('integrity:commit')")
    public Download myDocument() {
        long member = access.requireMember();
        int year = LocalDate.now(clock).getYear();
        return download("member_id = :m and campaign_year = :y", Map.of("m", member, "y", year))
                .orElseThrow(() -> new NotFoundException("label.integrity.commitment", year));
    }

    private Optional<Download> download(String where, Map<String, Object> params) {
        return jdbc.sql("select file_name, content_type, content from integrity_commitment where " + where)
                .params(params).query((rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>\"]", "").strip();
        if (name.isEmpty()) {
            name = "commitment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
