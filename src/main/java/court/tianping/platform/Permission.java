package court.tianping.platform;

/**
 * Named permissions, granted to roles and checked with method security
 * ({@code @PreAuthorize("hasAuthority('organization:member:edit')")}).
 */
public enum Permission {
    ORGANIZATION_READ("organization:read"),
    ORGANIZATION_EDIT("organization:unit:edit"),
    MEMBER_READ("organization:member:read"),
    MEMBER_EDIT("organization:member:edit"),
    MEMBER_TRANSFER("organization:member:transfer"),
    MEMBER_PERSONAL_DATA("organization:member:personal-data"),
    ROSTER_IMPORT("organization:roster:import"),
    ROSTER_EXPORT("organization:roster:export"),
    AUDIT_READ("platform:audit:read"),
    TOKEN_MANAGE("platform:token:manage"),
    USER_MANAGE("platform:user:manage"),
    CALENDAR_MANAGE("platform:calendar:manage"),
    METRICS_READ("platform:metrics:read"),
    DEMAND_READ("demand:read"),
    DEMAND_INTAKE("demand:intake"),
    DEMAND_ORDER("demand:order"),
    DEMAND_DISPATCH("demand:dispatch"),
    DEMAND_HANDLE("demand:handle"),
    DEMAND_VISIT("demand:visit"),
    DEMAND_FIGURES("demand:figures"),
    DEMAND_ADMIN("demand:admin"),
    TRIAGE_MANAGE("triage:manage"),
    STUDY_READ("study:read"),
    STUDY_RECORD("study:record"),
    STUDY_INSPECT("study:inspect"),
    STUDY_TRAINING("study:training"),
    STUDY_EXPORT("study:export"),
    LIFE_READ("life:read"),
    LIFE_MEETING("life:meeting"),
    LIFE_PUBLISH("life:publish"),
    LIFE_COMPLIANCE("life:compliance"),
    LIFE_ADMIN("life:admin"),
    COBUILDING_READ("cobuilding:read"),
    COBUILDING_RECORD("cobuilding:record"),
    COBUILDING_FIGURES("cobuilding:figures"),
    COBUILDING_ADMIN("cobuilding:admin"),
    INTEGRITY_COMMIT("integrity:commit"),
    INTEGRITY_CAMPAIGN("integrity:campaign"),
    INTEGRITY_RECORDS("integrity:records"),
    INTEGRITY_FIGURES("integrity:figures"),
    SUPERVISION_READ("supervision:read"),
    SUPERVISION_RECORD("supervision:record"),
    SUPERVISION_VERIFY("supervision:verify"),
    SUPERVISION_REPORT("supervision:report"),
    ARCHIVE_READ("archive:read"),
    ARCHIVE_RECORD("archive:record"),
    LIAISON_READ("liaison:read"),
    LIAISON_RECORD("liaison:record"),
    LIAISON_MANAGE("liaison:manage"),
    LIAISON_FIGURES("liaison:figures"),
    HONOUR_READ("honour:read"),
    HONOUR_RECORD("honour:record"),
    HONOUR_FIGURES("honour:figures");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
