package court.tianping.integrity.domain;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Append-only: a record is saved once and read; this repository offers no way to change or delete one. */
public interface InterferenceRecordRepository extends Repository<InterferenceRecord, Long> {

    InterferenceRecord save(InterferenceRecord record);

    Optional<InterferenceRecord> findById(Long id);

    Optional<InterferenceRecord> findByCourtIdAndSeq(long courtId, long seq);
}
