package court.tianping.organization;

/** How an organisation is formed: 司法职能型, 联合型, 流动型 (non-staff members), 临时型 (a named task with a start and an end). */
public enum OrganizationNature {
    FUNCTIONAL, JOINT, MOBILE, TEMPORARY
}
