package court.tianping.demand;

/** What a member did while handling a demand; the first four count as contact with the requester. */
public enum ActionKind {
    CALL, VISIT, MEDIATION_SESSION, ADVICE, LECTURE, OTHER;

    public boolean contactsRequester() {
        return this != LECTURE && this != OTHER;
    }
}
