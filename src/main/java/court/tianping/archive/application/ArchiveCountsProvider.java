package court.tianping.archive.application;

import court.tianping.supervision.ArchiveCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The archive's side of the weekly feedback report: entries per member that entered the archive in a week. */
@Component
class ArchiveCountsProvider implements ArchiveCounts {

    private final JdbcClient jdbc;

    ArchiveCountsProvider(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MemberCount> between(long courtId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select member_id,
                               sum(case when kind = 'MERIT' then 1 else 0 end) as merits,
                               sum(case when kind = 'FLAW' then 1 else 0 end) as flaws
                        from archive_entry
                        where court_id = :court and state = 'CONFIRMED' and verified_at >= :from and verified_at < :to
                        group by member_id""")
                .param("court", courtId).param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new MemberCount(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    @Override
    public Optional<LocalDateTime> archivedAt(long courtId, long feedbackId) {
        return jdbc.sql("select verified_at from archive_entry where court_id = :court and source_ref = :ref and state = 'CONFIRMED'")
                .param("court", courtId).param("ref", "feedback:" + feedbackId)
                .query(LocalDateTime.class).optional();
    }
}
