package court.tianping.integrity.domain;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Commitments are signed once and kept: there is no way to change or remove one. */
public interface IntegrityCommitmentRepository extends Repository<IntegrityCommitment, Long> {

    IntegrityCommitment save(IntegrityCommitment commitment);

    Optional<IntegrityCommitment> findById(Long id);

    boolean existsByCourtIdAndCampaignYearAndMemberId(long courtId, int campaignYear, long memberId);
}
