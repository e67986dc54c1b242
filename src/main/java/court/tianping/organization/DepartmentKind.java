package court.tianping.organization;

/** The kind of department inside a court. */
public enum DepartmentKind {
    TRIAL, ENFORCEMENT, FILING, TRIBUNAL, ADMINISTRATION, SUPERVISION, POLICE
}
