package court.tianping.demand;

/** Where a demand came in (SPEC §4): 群众点单 through a partner, the 12368 and 12345 lines, 一码解纷, a station, a walk-in. */
public enum Channel {
    PARTNER_ORDER, HOTLINE_12368, HOTLINE_12345, QR_CODE, STATION, WALK_IN
}
