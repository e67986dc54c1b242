package court.tianping.integrity.domain;

import org.springframework.data.repository.Repository;

/** Zero reports are filed once and kept: this repository offers no way to change or delete one. */
public interface ZeroReportRepository extends Repository<ZeroReport, Long> {

    ZeroReport save(ZeroReport report);

    boolean existsByCourtIdAndMemberIdAndReportMonth(long courtId, long memberId, String reportMonth);
}
