package court.tianping.demand;

/** How a demand was resolved. All but referral to litigation count as resolved before litigation. */
public enum Outcome {
    MEDIATED_AGREEMENT, ADVICE_GIVEN, JUDICIAL_CONFIRMATION_APPLIED, REFERRED_TO_LITIGATION, WITHDRAWN, NOT_A_LEGAL_MATTER;

    public boolean resolvedBeforeLitigation() {
        return this != REFERRED_TO_LITIGATION;
    }
}
