package court.tianping.platform;

import court.tianping.core.ScopeLevel;

import java.util.EnumSet;
import java.util.Set;

import static court.tianping.platform.Permission.*;

/** The roles of SPEC, each with its permissions and the level of data it sees. */
public enum Role {
    PLATFORM_ADMIN(ScopeLevel.CITY, EnumSet.allOf(Permission.class)),
    PARTY_OFFICE(ScopeLevel.COURT, EnumSet.of(ORGANIZATION_READ, ORGANIZATION_EDIT, MEMBER_READ, MEMBER_EDIT,
            MEMBER_TRANSFER, MEMBER_PERSONAL_DATA, ROSTER_IMPORT, ROSTER_EXPORT, AUDIT_READ, USER_MANAGE,
            DEMAND_READ, DEMAND_INTAKE, DEMAND_DISPATCH, DEMAND_VISIT, DEMAND_FIGURES, DEMAND_ADMIN, TRIAGE_MANAGE,
            STUDY_READ, STUDY_RECORD, STUDY_INSPECT, STUDY_TRAINING, STUDY_EXPORT,
            LIFE_READ, LIFE_MEETING, LIFE_PUBLISH, LIFE_COMPLIANCE, LIFE_ADMIN,
            COBUILDING_READ, COBUILDING_RECORD, COBUILDING_FIGURES, COBUILDING_ADMIN,
            LIAISON_READ, LIAISON_RECORD, LIAISON_MANAGE, LIAISON_FIGURES,
            INTEGRITY_COMMIT, INTEGRITY_CAMPAIGN, INTEGRITY_FIGURES,
            SUPERVISION_READ, SUPERVISION_RECORD, SUPERVISION_REPORT, ARCHIVE_READ, ARCHIVE_RECORD,
            HONOUR_READ, HONOUR_RECORD, HONOUR_FIGURES)),
    COURT_LEADER(ScopeLevel.COURT, EnumSet.of(ORGANIZATION_READ, MEMBER_READ, ROSTER_EXPORT, DEMAND_READ, DEMAND_FIGURES,
            STUDY_READ, STUDY_RECORD, STUDY_INSPECT, LIFE_READ, LIFE_COMPLIANCE,
            COBUILDING_READ, COBUILDING_FIGURES, LIAISON_READ, LIAISON_FIGURES,
            INTEGRITY_COMMIT, INTEGRITY_FIGURES, SUPERVISION_READ, SUPERVISION_REPORT, ARCHIVE_READ,
            HONOUR_READ, HONOUR_FIGURES)),
    BRANCH_SECRETARY(ScopeLevel.BRANCH, EnumSet.of(ORGANIZATION_READ, MEMBER_READ, MEMBER_EDIT, ROSTER_EXPORT,
            DEMAND_READ, DEMAND_INTAKE, DEMAND_HANDLE, DEMAND_VISIT, DEMAND_FIGURES,
            STUDY_READ, STUDY_RECORD, STUDY_EXPORT, LIFE_READ, LIFE_MEETING, LIFE_PUBLISH, LIFE_COMPLIANCE,
            COBUILDING_READ, COBUILDING_RECORD, LIAISON_READ, LIAISON_RECORD, LIAISON_FIGURES,
            INTEGRITY_COMMIT, SUPERVISION_READ, SUPERVISION_REPORT, ARCHIVE_READ, HONOUR_READ)),
    CELL_LEADER(ScopeLevel.CELL, EnumSet.of(ORGANIZATION_READ, MEMBER_READ, DEMAND_READ, DEMAND_HANDLE,
            STUDY_READ, STUDY_RECORD, LIFE_READ, LIFE_MEETING, LIFE_COMPLIANCE, LIAISON_READ, LIAISON_RECORD,
            INTEGRITY_COMMIT, SUPERVISION_READ, ARCHIVE_READ, HONOUR_READ)),
    MEMBER(ScopeLevel.SELF, EnumSet.of(MEMBER_READ, DEMAND_READ, DEMAND_HANDLE, STUDY_READ, LIFE_READ,
            LIAISON_READ, LIAISON_RECORD, INTEGRITY_COMMIT, SUPERVISION_READ, ARCHIVE_READ, HONOUR_READ)),
    DISCIPLINE_OFFICER(ScopeLevel.COURT, EnumSet.of(ORGANIZATION_READ, MEMBER_READ, LIFE_READ, INTEGRITY_COMMIT,
            INTEGRITY_CAMPAIGN, INTEGRITY_RECORDS, INTEGRITY_FIGURES,
            SUPERVISION_READ, SUPERVISION_RECORD, SUPERVISION_VERIFY, SUPERVISION_REPORT, ARCHIVE_READ, ARCHIVE_RECORD,
            HONOUR_READ)),
    PARTNER_LIAISON(ScopeLevel.NONE, EnumSet.of(DEMAND_ORDER));

    private final ScopeLevel scopeLevel;
    private final Set<Permission> permissions;

    Role(ScopeLevel scopeLevel, Set<Permission> permissions) {
        this.scopeLevel = scopeLevel;
        this.permissions = Set.copyOf(permissions);
    }

    public ScopeLevel scopeLevel() {
        return scopeLevel;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** What the account must be anchored to: a court, a branch or group, or a member. */
    public enum Anchor { COURT, ORGANIZATION, MEMBER }

    public Anchor anchor() {
        return switch (scopeLevel) {
            case BRANCH, CELL -> Anchor.ORGANIZATION;
            case SELF -> Anchor.MEMBER;
            default -> Anchor.COURT;
        };
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }
}
