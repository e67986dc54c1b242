package court.tianping.organization.application;

import court.tianping.core.CourtId;
import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.OrganizationId;
import court.tianping.organization.OrganizationChanged;
import court.tianping.organization.domain.OrganizationDetails;
import court.tianping.organization.domain.PartyOrganization;
import court.tianping.organization.domain.PartyOrganizationRepository;
import court.tianping.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Objects;

/** Creating and changing Party organisations within the caller's scope. */
@Service
public class OrganizationCommands {

    private final PartyOrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    OrganizationCommands(PartyOrganizationRepository organizations, CurrentUser currentUser,
                         ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize("hasAuthority('organization:unit:edit')")
    @Transactional
    public OrganizationId create(long courtId, Long parentId, OrganizationDetails details) {
        PartyOrganization parent = parentId == null ? null : inScope(parentId);
        if (parent == null && !currentUser.scope().courtIds().contains(courtId)) {
            throw new DomainException("error.organization.out-of-scope", courtId);
        }
        return createUnchecked(parent == null ? courtId : parent.courtId(), parent, details, currentUser.actor());
    }

    /** For the demo and imports, whose callers have checked the scope. */
    @Transactional
    public OrganizationId createUnchecked(long courtId, PartyOrganization parent, OrganizationDetails details,
                                          String actor) {
        if (parent != null && parent.courtId() != courtId) {
            throw new DomainException("error.organization.parent-other-court");
        }
        checkUniqueName(courtId, details.name(), null);
        PartyOrganization organization = organizations.save(PartyOrganization.create(courtId, parent, details));
        organization.placeUnder(parent);
        organization.setSortOrder(organization.id().intValue());
        organization = organizations.save(organization);
        events.publishEvent(new OrganizationChanged(OrganizationChanged.CREATED, new OrganizationId(organization.id()),
                new CourtId(courtId), actor, Map.of(), organization.snapshot()));
        return new OrganizationId(organization.id());
    }

    @PreAuthorize("hasAuthority('organization:unit:edit')")
    @Transactional
    public void update(long organizationId, int expectedVersion, Long parentId, OrganizationDetails details) {
        PartyOrganization organization = inScope(organizationId);
        if (!Objects.equals(organization.version(), expectedVersion)) {
            throw new OptimisticLockingFailureException("organization " + organizationId + " changed meanwhile");
        }
        if (!Objects.equals(parentId, organization.parentId())) {
            throw new DomainException("error.organization.move-not-supported");
        }
        PartyOrganization parent = parentId == null ? null : organizations.findById(parentId).orElseThrow();
        Map<String, Object> before = organization.snapshot();
        checkUniqueName(organization.courtId(), details.name(), organizationId);
        organization.update(parent, details);
        organizations.save(organization);
        events.publishEvent(new OrganizationChanged(OrganizationChanged.UPDATED, new OrganizationId(organizationId),
                new CourtId(organization.courtId()), currentUser.actor(), before, organization.snapshot()));
    }

    public PartyOrganization inScope(long organizationId) {
        PartyOrganization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new NotFoundException("label.organization", organizationId));
        if (!currentUser.scope().covers(organization.courtId(), organization.path())) {
            throw new NotFoundException("label.organization", organizationId);
        }
        return organization;
    }

    private void checkUniqueName(long courtId, String name, Long exceptId) {
        if (name == null) {
            return;
        }
        organizations.findByCourtIdAndName(courtId, name.strip())
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw new DomainException("error.organization.name-taken", name.strip());
                });
    }
}
