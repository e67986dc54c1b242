package court.tianping.cobuilding;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/** One event per state change of co-building, raised by the aggregate; each is written to the audit log. */
public sealed interface CobuildingEvent extends AuditedEvent
        permits PartnerRegistered, AgreementDrafted, AgreementSigned, AgreementTerminated, CobuildingActivityRecorded,
                StreetReportFiled {

    long court();

    LocalDateTime at();

    @Override
    default Long courtId() {
        return court();
    }

    @Override
    default Map<String, Object> before() {
        return Map.of();
    }
}
