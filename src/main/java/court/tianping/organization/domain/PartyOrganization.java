package court.tianping.organization.domain;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static court.tianping.organization.OrganizationType.*;

/**
 * A Party organisation: 党组, 机关党委, 党总支, 党支部 ("built on the tribunal") or 党小组 ("built on
 * the trial team"), with its nature. Its materialised path (/1/5/23/) carries the tree for data scope.
 */
@Table("party_organization")
public class PartyOrganization {

    /** Which types may stand directly under which. */
    private static final Map<OrganizationType, Set<OrganizationType>> ALLOWED_PARENTS = Map.of(
            LEADERSHIP_GROUP, EnumSet.noneOf(OrganizationType.class),
            ORGAN_COMMITTEE, EnumSet.of(LEADERSHIP_GROUP),
            GENERAL_BRANCH, EnumSet.of(ORGAN_COMMITTEE),
            BRANCH, EnumSet.of(ORGAN_COMMITTEE, GENERAL_BRANCH),
            CELL, EnumSet.of(BRANCH));

    @Id
    private Long id;
    private Long courtId;
    private Long parentId;
    private String name;
    private OrganizationType type;
    private OrganizationNature nature;
    private Long departmentId;
    private Long trialTeamId;
    private String task;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate establishedOn;
    private String path;
    private int sortOrder;
    @Version
    private Integer version;

    PartyOrganization() {
    }

    /** A new organisation under {@code parent} (null only for a court's leading Party group or organ committee). */
    public static PartyOrganization create(long courtId, PartyOrganization parent, OrganizationDetails details) {
        PartyOrganization organization = new PartyOrganization();
        organization.courtId = courtId;
        organization.path = "/";
        organization.apply(parent, details);
        return organization;
    }

    public void update(PartyOrganization parent, OrganizationDetails details) {
        if (details.type() != type) {
            throw new DomainException("error.organization.type-fixed");
        }
        apply(parent, details);
    }

    private void apply(PartyOrganization parent, OrganizationDetails details) {
        String cleanName = details.name() == null ? "" : details.name().strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new DomainException("error.organization.name");
        }
        if (details.type() == null || details.nature() == null) {
            throw new DomainException("error.organization.type-required");
        }
        checkParent(parent, details.type());
        checkTerm(details);
        this.parentId = parent == null ? null : parent.id;
        this.name = cleanName;
        this.type = details.type();
        this.nature = details.nature();
        this.departmentId = details.departmentId();
        this.trialTeamId = details.trialTeamId();
        this.establishedOn = details.establishedOn();
        boolean temporary = details.nature() == OrganizationNature.TEMPORARY;
        this.task = temporary ? details.task().strip() : null;
        this.startsOn = temporary ? details.startsOn() : null;
        this.endsOn = temporary ? details.endsOn() : null;
    }

    private void checkParent(PartyOrganization parent, OrganizationType childType) {
        if (parent == null) {
            if (childType != LEADERSHIP_GROUP && childType != ORGAN_COMMITTEE) {
                throw new DomainException(childType == CELL ? "error.organization.cell-needs-branch"
                        : "error.organization.parent-required", childType);
            }
            return;
        }
        if (id != null && parent.path.contains("/" + id + "/")) {
            throw new DomainException("error.organization.cycle");
        }
        if (!ALLOWED_PARENTS.get(childType).contains(parent.type)) {
            throw new DomainException(childType == CELL ? "error.organization.cell-needs-branch"
                    : "error.organization.parent-type", childType, parent.type);
        }
    }

    private static void checkTerm(OrganizationDetails details) {
        if (details.nature() != OrganizationNature.TEMPORARY) {
            return;
        }
        if (details.task() == null || details.task().isBlank()) {
            throw new DomainException("error.organization.temporary-task");
        }
        if (details.startsOn() == null || details.endsOn() == null) {
            throw new DomainException("error.organization.temporary-term");
        }
        if (!details.endsOn().isAfter(details.startsOn())) {
            throw new DomainException("error.organization.temporary-ends-before-start");
        }
    }

    /** Called once the id is known, and again when the organisation moves. */
    public void placeUnder(PartyOrganization parent) {
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public boolean isAncestorOrSelfOf(PartyOrganization other) {
        return other.path.startsWith(path);
    }

    public boolean acceptsPrimaryMembers() {
        return (type == BRANCH || type == CELL) && nature != OrganizationNature.TEMPORARY;
    }

    public boolean activeOn(LocalDate date) {
        return nature != OrganizationNature.TEMPORARY || (!date.isBefore(startsOn) && !date.isAfter(endsOn));
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("type", type);
        snapshot.put("nature", nature);
        snapshot.put("parentId", parentId);
        snapshot.put("departmentId", departmentId);
        snapshot.put("trialTeamId", trialTeamId);
        snapshot.put("task", task);
        snapshot.put("startsOn", startsOn == null ? null : startsOn.toString());
        snapshot.put("endsOn", endsOn == null ? null : endsOn.toString());
        snapshot.values().removeIf(java.util.Objects::isNull);
        return snapshot;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long parentId() { return parentId; }
    public String name() { return name; }
    public OrganizationType type() { return type; }
    public OrganizationNature nature() { return nature; }
    public Long departmentId() { return departmentId; }
    public Long trialTeamId() { return trialTeamId; }
    public String task() { return task; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public LocalDate establishedOn() { return establishedOn; }
    public String path() { return path; }
    public Integer version() { return version; }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
