package court.tianping.honour;

/** The level of the body that awards an honour, highest first. */
public enum HonourLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT, COURT;

    /** Provincial level or above (省级以上), as the source articles count honours. */
    public boolean provincialOrAbove() {
        return this == NATIONAL || this == PROVINCIAL;
    }
}
