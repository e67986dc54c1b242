package court.tianping.cobuilding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A co-building agreement was signed; the signed document is kept with it. */
public record AgreementSigned(long agreementId, long court, String actor, LocalDateTime at, List<Long> partnerIds, List<Long> branchIds, LocalDate signedOn, LocalDate validFrom, LocalDate validTo, Map<String, Object> after) implements CobuildingEvent {

    @Override
    public String action() {
        return "cobuilding.agreement-signed";
    }

    @Override
    public String subjectType() {
        return "cobuilding-agreement";
    }

    @Override
    public String subjectId() {
        return Long.toString(agreementId);
    }
}
