package court.tianping.integrity;

import court.tianping.core.AuditedEvent;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One event per state change of the integrity records, written to the audit log. None carries what a 三个规定
 * record says or whom it names: only its number in the chain and its hash.
 */
public sealed interface IntegrityEvent extends AuditedEvent
        permits CommitmentCampaignOpened, CommitmentSigned, InterferenceRecorded, ZeroReportFiled {

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
