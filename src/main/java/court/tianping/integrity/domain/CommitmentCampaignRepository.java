package court.tianping.integrity.domain;

import org.springframework.data.repository.Repository;

import java.util.Optional;

public interface CommitmentCampaignRepository extends Repository<CommitmentCampaign, Long> {

    CommitmentCampaign save(CommitmentCampaign campaign);

    Optional<CommitmentCampaign> findByCourtIdAndCampaignYear(long courtId, int campaignYear);
}
