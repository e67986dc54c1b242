package court.tianping.cobuilding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A signed co-building agreement was ended before its term, with the reason. */
public record AgreementTerminated(long agreementId, long court, String actor, LocalDateTime at, List<Long> branchIds, LocalDate terminatedOn, String reason, Map<String, Object> after) implements CobuildingEvent {

    @Override
    public String action() {
        return "cobuilding.agreement-terminated";
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
