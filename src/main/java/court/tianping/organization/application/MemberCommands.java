package court.tianping.organization.application;

import court.tianping.core.CourtId;
import court.tianping.core.DomainException;
import court.tianping.core.MemberId;
import court.tianping.core.NotFoundException;
import court.tianping.core.OrganizationId;
import court.tianping.organization.MemberChanged;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.Post;
import court.tianping.organization.domain.Department;
import court.tianping.organization.domain.DepartmentRepository;
import court.tianping.organization.domain.Member;
import court.tianping.organization.domain.MemberDetails;
import court.tianping.organization.domain.MemberRepository;
import court.tianping.organization.domain.PartyOrganization;
import court.tianping.organization.domain.PartyOrganizationRepository;
import court.tianping.organization.domain.Transfer;
import court.tianping.organization.domain.TransferRepository;
import court.tianping.organization.domain.TrialTeam;
import court.tianping.organization.domain.TrialTeamRepository;
import court.tianping.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/** Creating, editing and transferring members, within the caller's data scope. */
@Service
public class MemberCommands {

    private final MemberRepository members;
    private final PartyOrganizationRepository organizations;
    private final DepartmentRepository departments;
    private final TrialTeamRepository trialTeams;
    private final TransferRepository transfers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberCommands(MemberRepository members, PartyOrganizationRepository organizations, DepartmentRepository departments,
                   TrialTeamRepository trialTeams, TransferRepository transfers, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.organizations = organizations;
        this.departments = departments;
        this.trialTeams = trialTeams;
        this.transfers = transfers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('organization:member:edit')")
    @Transactional
    public MemberId create(long organizationId, MemberDetails details, Collection<Post> posts) {
        PartyOrganization organization = organizationInScope(organizationId);
        return createUnchecked(organization, details, posts, currentUser.actor());
    }

    /** Creates a member without a scope check; for roster imports and the demo, whose callers check first. */
    @Transactional
    public MemberId createUnchecked(PartyOrganization organization, MemberDetails details, Collection<Post> posts,
                                    String actor) {
        checkUniqueIdCard(details.idCardNo(), null);
        checkDepartment(organization.courtId(), details);
        Member member = Member.join(organization, details, today(), now());
        assignPosts(member, organization, posts);
        member = members.save(member);
        events.publishEvent(new MemberChanged(MemberChanged.CREATED, new MemberId(member.id()),
                new CourtId(member.courtId()), new OrganizationId(member.organizationId()), actor, Map.of(),
                member.snapshot()));
        return new MemberId(member.id());
    }

    @PreAuthorize("hasAuthority('organization:member:edit')")
    @Transactional
    public void update(long memberId, int expectedVersion, MemberDetails details, Collection<Post> posts) {
        Member member = memberInScope(memberId);
        if (!Objects.equals(member.version(), expectedVersion)) {
            throw new OptimisticLockingFailureException("member " + memberId + " changed meanwhile");
        }
        Map<String, Object> before = member.snapshot();
        checkUniqueIdCard(details.idCardNo(), memberId);
        checkDepartment(member.courtId(), details);
        member.clearPosts();
        member.update(details, today(), now());
        assignPosts(member, organization(member.organizationId()), posts);
        members.save(member);
        events.publishEvent(new MemberChanged(MemberChanged.UPDATED, new MemberId(memberId),
                new CourtId(member.courtId()), new OrganizationId(member.organizationId()), currentUser.actor(),
                before, member.snapshot()));
    }

    @PreAuthorize("hasAuthority('organization:member:transfer')")
    @Transactional
    public void transfer(long memberId, long toOrganizationId, LocalDate on, String reason) {
        Member member = memberInScope(memberId);
        PartyOrganization to = organizationInScope(toOrganizationId);
        PartyOrganization from = organization(member.organizationId());
        Map<String, Object> before = member.snapshot();
        Transfer transfer = member.transferTo(from, to, ancestors(to), on, reason, currentUser.actor(), today(), now());
        members.save(member);
        transfers.save(transfer);
        Map<String, Object> after = new java.util.LinkedHashMap<>(member.snapshot());
        after.put("transferredOn", on.toString());
        after.put("reason", reason.strip());
        events.publishEvent(new MemberChanged(MemberChanged.TRANSFERRED, new MemberId(memberId),
                new CourtId(member.courtId()), new OrganizationId(to.id()), currentUser.actor(), before, after));
    }

    /** Adds a member to an organisation beside their primary one, such as a temporary organisation for a task. */
    @PreAuthorize("hasAuthority('organization:member:edit')")
    @Transactional
    public void addToOrganization(long organizationId, long memberId) {
        changeMemberships(organizationId, memberId, (member, organization) -> member.joinAlso(organization, today()));
    }

    @PreAuthorize("hasAuthority('organization:member:edit')")
    @Transactional
    public void removeFromOrganization(long organizationId, long memberId) {
        changeMemberships(organizationId, memberId, Member::leave);
    }

    private void changeMemberships(long organizationId, long memberId, BiConsumer<Member, PartyOrganization> change) {
        PartyOrganization organization = organizationInScope(organizationId);
        Member member = memberInScope(memberId);
        Map<String, Object> before = member.snapshot();
        change.accept(member, organization);
        members.save(member);
        publishUpdate(member, before);
    }

    private void publishUpdate(Member member, Map<String, Object> before) {
        events.publishEvent(new MemberChanged(MemberChanged.UPDATED, new MemberId(member.id()),
                new CourtId(member.courtId()), new OrganizationId(member.organizationId()), currentUser.actor(),
                before, member.snapshot()));
    }

    /** The member if the caller may see them; otherwise not found, so that ids outside the scope reveal nothing. */
    public Member memberInScope(long memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> new NotFoundException("label.member", memberId));
        PartyOrganization organization = organization(member.organizationId());
        boolean self = Objects.equals(currentUser.scope().memberId(), memberId);
        if (!self && !currentUser.scope().covers(member.courtId(), organization.path())) {
            throw new NotFoundException("label.member", memberId);
        }
        return member;
    }

    public PartyOrganization organizationInScope(long organizationId) {
        PartyOrganization organization = organization(organizationId);
        if (!currentUser.scope().covers(organization.courtId(), organization.path())) {
            throw new DomainException("error.organization.out-of-scope", organization.name());
        }
        return organization;
    }

    private PartyOrganization organization(long organizationId) {
        return organizations.findById(organizationId)
                .orElseThrow(() -> new NotFoundException("label.organization", organizationId));
    }

    private void assignPosts(Member member, PartyOrganization primary, Collection<Post> posts) {
        if (posts == null) {
            return;
        }
        for (Post post : posts) {
            PartyOrganization holder = post.heldInCell() ? primary : branchOf(primary);
            member.assignPost(post, holder, primary);
            if (post == Post.SECRETARY || post == Post.CELL_LEADER) {
                long others = members.countOtherHolders(holder.id(), post.name(), member.id() == null ? -1 : member.id());
                if (others > 0) {
                    throw new DomainException("error.member.post-taken", post, holder.name());
                }
            }
        }
    }

    private PartyOrganization branchOf(PartyOrganization organization) {
        return organization.type() == OrganizationType.CELL && organization.parentId() != null
                ? organization(organization.parentId()) : organization;
    }

    private List<PartyOrganization> ancestors(PartyOrganization organization) {
        List<PartyOrganization> line = new ArrayList<>();
        Long parentId = organization.parentId();
        while (parentId != null) {
            PartyOrganization parent = organization(parentId);
            line.add(parent);
            parentId = parent.parentId();
        }
        return line;
    }

    private void checkUniqueIdCard(String idCardNo, Long exceptMemberId) {
        if (idCardNo == null) {
            return;
        }
        members.findIdByIdCardNo(idCardNo.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(other -> !other.equals(exceptMemberId))
                .ifPresent(other -> {
                    throw new DomainException("error.member.id-card-taken");
                });
    }

    private void checkDepartment(long courtId, MemberDetails details) {
        if (details.departmentId() != null) {
            Department department = departments.findById(details.departmentId())
                    .filter(d -> d.courtId() == courtId)
                    .orElseThrow(() -> new DomainException("error.member.department"));
            if (details.trialTeamId() != null) {
                trialTeams.findById(details.trialTeamId())
                        .filter(t -> t.departmentId().equals(department.id()))
                        .orElseThrow(() -> new DomainException("error.member.trial-team"));
            }
        } else if (details.trialTeamId() != null) {
            TrialTeam team = trialTeams.findById(details.trialTeamId())
                    .orElseThrow(() -> new DomainException("error.member.trial-team"));
            if (team.courtId() != courtId) {
                throw new DomainException("error.member.trial-team");
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
