package court.tianping.integrity;

import java.time.LocalDateTime;
import java.util.Map;

/** The office opened a year's integrity-commitment campaign for the court. */
public record CommitmentCampaignOpened(long campaignId, long court, String actor, LocalDateTime at, int year,
                                       Map<String, Object> after) implements IntegrityEvent {

    @Override
    public String action() {
        return "integrity.campaign-opened";
    }

    @Override
    public String subjectType() {
        return "integrity-campaign";
    }

    @Override
    public String subjectId() {
        return Long.toString(campaignId);
    }
}
