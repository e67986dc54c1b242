package court.tianping.integrity.domain;

import court.tianping.core.DomainException;
import court.tianping.integrity.CommitmentCampaignOpened;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A court's campaign for one year's integrity commitments (每年年初逐人签订承诺书), opened once by the office. */
@Table("integrity_campaign")
public class CommitmentCampaign extends Recorded<CommitmentCampaign> {

    @Id
    private Long id;
    private Long courtId;
    private Integer campaignYear;
    private LocalDate openedOn;
    private String openedBy;
    @Version
    private Integer version;

    CommitmentCampaign() {
    }

    /** Opens the campaign of this year, the last or the next; a court has one campaign a year. */
    public static CommitmentCampaign open(long courtId, Integer year, String by, LocalDateTime now) {
        int current = now.getYear();
        if (year == null || year < current - 1 || year > current + 1) {
            throw new DomainException("error.integrity.campaign-year", current - 1, current + 1);
        }
        CommitmentCampaign campaign = new CommitmentCampaign();
        campaign.courtId = courtId;
        campaign.campaignYear = year;
        campaign.openedOn = now.toLocalDate();
        campaign.openedBy = by;
        campaign.raise(id -> new CommitmentCampaignOpened(id, courtId, by, now, year, Map.of("year", year)));
        return campaign;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public long courtId() { return courtId; }
    public int year() { return campaignYear; }
    public LocalDate openedOn() { return openedOn; }
}
