package court.tianping.life;

import court.tianping.organization.OrganizationType;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of meeting of organisational life, and which organisations may host each. */
public enum MeetingType {
    GENERAL_ASSEMBLY, COMMITTEE, CELL_MEETING, PARTY_LECTURE, THEMED_DAY, LIFE_REVIEW, JOINT_LIFE, OPEN_LEADERSHIP_MEETING;

    private static final Set<OrganizationType> BRANCH_LEVEL =
            EnumSet.of(OrganizationType.BRANCH, OrganizationType.GENERAL_BRANCH, OrganizationType.ORGAN_COMMITTEE);

    public Set<OrganizationType> hostTypes() {
        return switch (this) {
            case CELL_MEETING -> EnumSet.of(OrganizationType.CELL);
            case OPEN_LEADERSHIP_MEETING -> EnumSet.of(OrganizationType.LEADERSHIP_GROUP, OrganizationType.ORGAN_COMMITTEE);
            case JOINT_LIFE -> EnumSet.of(OrganizationType.BRANCH, OrganizationType.GENERAL_BRANCH, OrganizationType.CELL);
            default -> BRANCH_LEVEL;
        };
    }

    /** Joint life is held by two or more paired organisations; every other meeting by one. */
    public boolean jointlyHosted() {
        return this == JOINT_LIFE;
    }

    /** Open Party-group meetings and joint life invite people from outside the hosting organisations. */
    public boolean takesInvitees() {
        return this == OPEN_LEADERSHIP_MEETING || this == JOINT_LIFE;
    }

    /** The Party group and the organ committee meet as their own members, not as everyone below them. */
    public boolean rosterIsOwnMembers() {
        return this == OPEN_LEADERSHIP_MEETING;
    }
}
