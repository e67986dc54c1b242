package court.tianping.archive;

/** Where an entry comes from; the manual ones need a second person to confirm them. */
public enum EntrySource {
    VERIFIED_FEEDBACK(false), DEMAND_PRAISED(false), HONOUR(false), COMMENDATION(true), EXEMPLARY_DEED(true),
    DISCIPLINE(true), ERROR(true);

    private final boolean manual;

    EntrySource(boolean manual) {
        this.manual = manual;
    }

    public boolean manual() {
        return manual;
    }
}
