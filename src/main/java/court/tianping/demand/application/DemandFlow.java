package court.tianping.demand.application;

import court.tianping.core.DomainException;
import court.tianping.demand.ActionKind;
import court.tianping.demand.Outcome;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.domain.DeadlinePolicy;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandRepository;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Role;
import court.tianping.platform.TianpingUser;
import court.tianping.triage.TriageModels;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The transitions of a demand, by the people entitled to them and within their scope. Each call
 * names the version the user saw: an update made meanwhile by someone else is never overwritten.
 */
@Service
public class DemandFlow {

    private final DemandRepository demands;
    private final DemandAccess access;
    private final OrganizationDirectory directory;
    private final DeadlinePolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DemandCatalog catalog;
    private final TriageModels triage;

    DemandFlow(DemandRepository demands, DemandAccess access, OrganizationDirectory directory, DeadlinePolicy policy,
               CurrentUser currentUser, Clock clock, DemandCatalog catalog, TriageModels triage) {
        this.demands = demands;
        this.access = access;
        this.directory = directory;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.catalog = catalog;
        this.triage = triage;
    }

    @PreAuthorize("hasAuthority('demand:dispatch')")
    @Transactional
    public void dispatch(long id, int version, Long branchId) {
        dispatch(id, version, branchId, null);
    }

    /**
     * 派单, with the dispute category the dispatcher confirmed or corrected (or none to keep the demand's); the
     * category chosen is what triage learns whether its suggestion was right.
     */
    @PreAuthorize("hasAuthority('demand:dispatch')")
    @Transactional
    public void dispatch(long id, int version, Long branchId, Long categoryId) {
        Demand dispatched = change(id, version, d -> {
            if (categoryId != null) {
                DemandCatalog.Category category = catalog.activeCategory(d.courtId(), categoryId);
                d.categorise(category.id(), category.name(), actor(), now());
            }
            d.dispatch(unit(branchId, "error.demand.not-a-branch"), false, actor(), policy, now());
        });
        if (dispatched.categoryId() != null) {
            triage.decide(id, dispatched.categoryId().toString(), actor());
        }
    }

    @PreAuthorize("hasAuthority('demand:handle')")
    @Transactional
    public void returnToDispatcher(long id, int version, String reason) {
        requireRole(Role.BRANCH_SECRETARY, Role.CELL_LEADER, Role.PLATFORM_ADMIN);
        change(id, version, d -> d.returnToDispatcher(reason, actor(), now()));
    }

    /** 接单 by a group leader for their group, or by the branch secretary for one of the branch's groups. */
    @PreAuthorize("hasAuthority('demand:handle')")
    @Transactional
    public void accept(long id, int version, Long cellId) {
        TianpingUser user = currentUser.require();
        requireRole(Role.BRANCH_SECRETARY, Role.CELL_LEADER, Role.PLATFORM_ADMIN);
        Long chosen = user.role() == Role.CELL_LEADER ? user.organizationId() : cellId;
        change(id, version, d -> d.accept(unit(chosen, "error.demand.cell-required"), actor(), now()));
    }

    @PreAuthorize("hasAuthority('demand:handle')")
    @Transactional
    public void assign(long id, int version, Long memberId) {
        requireRole(Role.BRANCH_SECRETARY, Role.CELL_LEADER, Role.PLATFORM_ADMIN);
        change(id, version, d -> {
            if (memberId == null) {
                throw new DomainException("error.demand.choice-required");
            }
            Person member = directory.member(memberId).orElseThrow(() -> new DomainException("error.demand.unknown-member"));
            d.assign(member, directory.unit(member.organizationId()).orElseThrow(), actor(), now());
        });
    }

    @PreAuthorize("hasAuthority('demand:handle')")
    @Transactional
    public void logAction(long id, int version, ActionKind kind, int minutes, String note) {
        change(id, version, d -> d.logAction(kind, minutes, note, actor(), now()));
    }

    @PreAuthorize("hasAuthority('demand:handle')")
    @Transactional
    public void resolve(long id, int version, Outcome outcome, String note) {
        change(id, version, d -> d.resolve(outcome, note, actor(), policy, now()));
    }

    @PreAuthorize("hasAuthority('demand:visit')")
    @Transactional
    public void visit(long id, int version, Satisfaction satisfaction, String comment) {
        change(id, version, d -> d.visit(satisfaction, comment, actor(), now()));
    }

    @PreAuthorize("hasAuthority('demand:visit')")
    @Transactional
    public void reopen(long id, int version, String reason) {
        change(id, version, d -> d.reopen(reason, actor(), policy, now()));
    }

    @PreAuthorize("hasAuthority('demand:visit')")
    @Transactional
    public void close(long id, int version) {
        change(id, version, d -> d.close(actor(), now()));
    }

    @PreAuthorize("hasAuthority('demand:handle') or hasAuthority('demand:dispatch')")
    @Transactional
    public void pause(long id, int version, String reason) {
        change(id, version, d -> d.pause(reason, actor(), now()));
    }

    @PreAuthorize("hasAuthority('demand:handle') or hasAuthority('demand:dispatch')")
    @Transactional
    public void resume(long id, int version) {
        change(id, version, d -> d.resume(actor(), policy, now()));
    }

    private Demand change(long id, int version, Consumer<Demand> transition) {
        Demand demand = access.visible(id);
        if (!Objects.equals(demand.version(), version)) {
            throw new OptimisticLockingFailureException("demand " + id + " changed meanwhile");
        }
        transition.accept(demand);
        return demands.save(demand);
    }

    private Unit unit(Long id, String errorKey) {
        if (id == null) {
            throw new DomainException(errorKey, "");
        }
        return directory.unit(id).orElseThrow(() -> new DomainException(errorKey, id));
    }

    private void requireRole(Role... roles) {
        Role role = currentUser.require().role();
        for (Role allowed : roles) {
            if (allowed == role) {
                return;
            }
        }
        throw new DomainException("error.demand.not-your-step");
    }

    private String actor() {
        return currentUser.actor();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
