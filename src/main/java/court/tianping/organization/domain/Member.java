package court.tianping.organization.domain;

import court.tianping.core.DomainException;
import court.tianping.core.IdCardNumber;
import court.tianping.core.PersonalData;
import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Party member of the court (党员干警), or a non-staff member of a mobile organisation. Owns the
 * rules: exactly one primary organisation, a valid ID-card number, posts only for full members.
 */
@Table("member")
public class Member {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final int PARTY_AGE = 18;

    @Id
    private Long id;
    private Long courtId;
    private Long organizationId;
    private String name;
    private Gender gender;
    private String ethnicity;
    private LocalDate birthDate;
    private String idCardNo;
    private String phone;
    private Position position;
    private boolean staff;
    private String employer;
    private Long departmentId;
    private Long trialTeamId;
    private Education education;
    private LocalDate joinedPartyOn;
    private MembershipStatus status;
    private LocalDate fullMemberOn;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "member")
    private Set<MemberPost> posts = new HashSet<>();
    @MappedCollection(idColumn = "member")
    private Set<Membership> memberships = new HashSet<>();

    Member() {
    }

    public static Member join(PartyOrganization organization, MemberDetails details, LocalDate today, LocalDateTime now) {
        Member member = new Member();
        member.createdAt = now;
        member.apply(details, today);
        member.placeIn(organization);
        member.updatedAt = now;
        return member;
    }

    public void update(MemberDetails details, LocalDate today, LocalDateTime now) {
        apply(details, today);
        if (status == MembershipStatus.PROBATIONARY && !posts.isEmpty()) {
            throw new DomainException("error.member.post-needs-full-member", name);
        }
        this.updatedAt = now;
    }

    private void apply(MemberDetails d, LocalDate today) {
        String cleanName = d.name() == null ? "" : d.name().strip();
        if (cleanName.isEmpty() || cleanName.length() > 50) {
            throw new DomainException("error.member.name");
        }
        if (d.gender() == null || d.position() == null || d.status() == null) {
            throw new DomainException("error.member.required-fields");
        }
        IdCardNumber idCard = new IdCardNumber(d.idCardNo());
        if (d.birthDate() != null && !d.birthDate().equals(idCard.birthDate())) {
            throw new DomainException("error.member.birth-date-mismatch");
        }
        String cleanPhone = d.phone() == null || d.phone().isBlank() ? null : d.phone().strip();
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw new DomainException("error.member.phone");
        }
        checkPartyDates(d, idCard.birthDate(), today);
        if (!d.position().isStaff() && (d.employer() == null || d.employer().isBlank())) {
            throw new DomainException("error.member.employer-required");
        }
        this.name = cleanName;
        this.gender = d.gender();
        this.ethnicity = d.ethnicity() == null || d.ethnicity().isBlank() ? null : d.ethnicity().strip();
        this.birthDate = idCard.birthDate();
        this.idCardNo = idCard.value();
        this.phone = cleanPhone;
        this.position = d.position();
        this.staff = d.position().isStaff();
        this.employer = d.employer() == null || d.employer().isBlank() ? null : d.employer().strip();
        this.departmentId = staff ? d.departmentId() : null;
        this.trialTeamId = staff ? d.trialTeamId() : null;
        this.education = d.education();
        this.joinedPartyOn = d.joinedPartyOn();
        this.status = d.status();
        this.fullMemberOn = d.status() == MembershipStatus.FULL ? d.fullMemberOn() : null;
    }

    private static void checkPartyDates(MemberDetails d, LocalDate born, LocalDate today) {
        if (d.joinedPartyOn() == null) {
            throw new DomainException("error.member.joined-required");
        }
        if (d.joinedPartyOn().isAfter(today)) {
            throw new DomainException("error.member.joined-in-future");
        }
        if (d.joinedPartyOn().isBefore(born.plusYears(PARTY_AGE))) {
            throw new DomainException("error.member.joined-too-young");
        }
        if (d.status() == MembershipStatus.FULL && d.fullMemberOn() != null
                && (d.fullMemberOn().isBefore(d.joinedPartyOn()) || d.fullMemberOn().isAfter(today))) {
            throw new DomainException("error.member.full-member-date");
        }
    }

    /** The member's one primary organisation: a branch or cell; non-staff members only in mobile ones. */
    private void placeIn(PartyOrganization organization) {
        if (organization == null) {
            throw new DomainException("error.member.primary-organization-required");
        }
        if (!organization.acceptsPrimaryMembers()) {
            throw new DomainException("error.member.primary-organization-type", organization.name());
        }
        boolean mobile = organization.nature() == OrganizationNature.MOBILE;
        if (!staff && !mobile) {
            throw new DomainException("error.member.non-staff-needs-mobile", organization.name());
        }
        this.organizationId = organization.id();
        this.courtId = organization.courtId();
        memberships.removeIf(m -> Objects.equals(m.organizationId(), organization.id()));
    }

    /** Moves the member; posts held outside the new organisation's line are given up. */
    public Transfer transferTo(PartyOrganization from, PartyOrganization to, List<PartyOrganization> toAncestors,
                               LocalDate on, String reason, String by, LocalDate today, LocalDateTime now) {
        if (Objects.equals(to.id(), organizationId)) {
            throw new DomainException("error.transfer.same-organization");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("error.transfer.reason-required");
        }
        if (on == null || on.isAfter(today) || on.isBefore(joinedPartyOn)) {
            throw new DomainException("error.transfer.date");
        }
        long fromCourt = courtId;
        placeIn(to);
        if (fromCourt != to.courtId()) {
            departmentId = null;
            trialTeamId = null;
        }
        Set<Long> line = toAncestors.stream().map(PartyOrganization::id).collect(Collectors.toSet());
        line.add(to.id());
        posts.removeIf(p -> !line.contains(p.organizationId()));
        updatedAt = now;
        return new Transfer(courtId, id, from.id(), to.id(), on, reason.strip(), by, now);
    }

    /**
     * Gives the member a post in an organisation of their own line (their organisation or a branch
     * above it). Only full members hold posts; a cell leader leads a cell, the other posts are branch posts.
     */
    public void assignPost(Post post, PartyOrganization organization, PartyOrganization primary) {
        if (status != MembershipStatus.FULL) {
            throw new DomainException("error.member.post-needs-full-member", name);
        }
        if (!organization.isAncestorOrSelfOf(primary)) {
            throw new DomainException("error.member.post-outside-line", organization.name());
        }
        boolean cell = organization.type() == court.tianping.organization.OrganizationType.CELL;
        if (post.heldInCell() != cell) {
            throw new DomainException("error.member.post-wrong-organization", post, organization.name());
        }
        posts.add(new MemberPost(organization.id(), post));
    }

    public void clearPosts() {
        posts.clear();
    }

    public void joinAlso(PartyOrganization organization, LocalDate today) {
        if (Objects.equals(organization.id(), organizationId)) {
            throw new DomainException("error.member.already-primary", organization.name());
        }
        if (memberships.stream().anyMatch(m -> Objects.equals(m.organizationId(), organization.id()))) {
            throw new DomainException("error.member.already-member", name, organization.name());
        }
        if (!organization.activeOn(today)) {
            throw new DomainException("error.member.organization-inactive", organization.name());
        }
        memberships.add(new Membership(organization.id()));
    }

    public void leave(PartyOrganization organization) {
        if (!memberships.removeIf(m -> Objects.equals(m.organizationId(), organization.id()))) {
            throw new DomainException("error.member.not-in-organization", name, organization.name());
        }
    }

    /** A copy for the audit log, with personal data masked. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("organizationId", organizationId);
        s.put("courtId", courtId);
        s.put("gender", gender);
        s.put("ethnicity", ethnicity);
        s.put("idCardNo", PersonalData.maskIdCard(idCardNo));
        s.put("phone", PersonalData.maskPhone(phone));
        s.put("position", position);
        s.put("employer", employer);
        s.put("departmentId", departmentId);
        s.put("trialTeamId", trialTeamId);
        s.put("education", education);
        s.put("joinedPartyOn", joinedPartyOn == null ? null : joinedPartyOn.toString());
        s.put("status", status);
        s.put("fullMemberOn", fullMemberOn == null ? null : fullMemberOn.toString());
        s.put("posts", posts.stream().map(p -> p.post() + "@" + p.organizationId()).sorted().toList());
        s.put("otherOrganizations", memberships.stream().map(Membership::organizationId).sorted().toList());
        s.values().removeIf(Objects::isNull);
        return s;
    }

    @Override
    public String toString() {
        return "Member[" + id + ", " + name + "]";
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long organizationId() { return organizationId; }
    public String name() { return name; }
    public Gender gender() { return gender; }
    public String ethnicity() { return ethnicity; }
    public LocalDate birthDate() { return birthDate; }
    public String idCardNo() { return idCardNo; }
    public String phone() { return phone; }
    public Position position() { return position; }
    public boolean staff() { return staff; }
    public String employer() { return employer; }
    public Long departmentId() { return departmentId; }
    public Long trialTeamId() { return trialTeamId; }
    public Education education() { return education; }
    public LocalDate joinedPartyOn() { return joinedPartyOn; }
    public MembershipStatus status() { return status; }
    public LocalDate fullMemberOn() { return fullMemberOn; }
    public Integer version() { return version; }
    public Set<MemberPost> posts() { return Set.copyOf(posts); }
    public Set<Membership> memberships() { return Set.copyOf(memberships); }
}
