package court.tianping.demand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other modules may read of the demand side of a court: its streets with the branch paired to each
 * (一镇街一支部), its stations with their QR codes, the demands placed from each street and the members who
 * handled demands in a period. Periods are whole days, both ends included.
 */
public interface DemandFacts {

    /** A street of a court and the branch paired with it, if any. */
    record StreetFact(long id, long courtId, String district, String name, Long pairedBranchId) {
    }

    /** A station (not a community's own code) with the public page its QR code opens. */
    record StationFact(long id, long courtId, long streetId, ServicePointKind kind, String name, String code,
                       boolean active) {

        public String publicPath() {
            return "/public/q/" + code;
        }
    }

    List<StreetFact> streets(long courtId);

    List<StationFact> stations(long courtId);

    /** Demands submitted from each street of the court in the period, by street id (streets without any are absent). */
    Map<Long, Long> demandsByStreet(long courtId, LocalDate from, LocalDate to);

    /** Members assigned a demand, or who logged an action on one or resolved it, in the period. */
    Set<Long> handlers(long courtId, LocalDate from, LocalDate to);
}
