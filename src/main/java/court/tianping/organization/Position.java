package court.tianping.organization;

/**
 * A member's position. Court staff are judges, assistants, clerks, judicial police and judicial
 * administration; legal-aid lawyers, mediators and volunteers are not staff and belong to mobile organisations.
 */
public enum Position {
    JUDGE(true),
    JUDGE_ASSISTANT(true),
    CLERK(true),
    JUDICIAL_POLICE(true),
    JUDICIAL_ADMINISTRATION(true),
    LEGAL_AID_LAWYER(false),
    MEDIATOR(false),
    VOLUNTEER(false);

    private final boolean staff;

    Position(boolean staff) {
        this.staff = staff;
    }

    public boolean isStaff() {
        return staff;
    }
}
