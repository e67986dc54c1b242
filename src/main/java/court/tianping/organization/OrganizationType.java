package court.tianping.organization;

/** The kind of Party organisation: 党组, 机关党委, 党总支, 党支部, 党小组. */
public enum OrganizationType {
    LEADERSHIP_GROUP, ORGAN_COMMITTEE, GENERAL_BRANCH, BRANCH, CELL
}
