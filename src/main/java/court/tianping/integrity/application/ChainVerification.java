package court.tianping.integrity.application;

import court.tianping.integrity.domain.ChainHead;
import court.tianping.integrity.domain.ChainReport;
import court.tianping.integrity.domain.ChainVerifier;
import court.tianping.integrity.domain.ChainVerifier.Stored;
import court.tianping.integrity.domain.RecordContent;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Verifies the 三个规定 chains as they are stored: every record's content against its hash, every link, the numbers
 * without gaps, the end against the head. Reads the raw columns, so a record altered into something the application
 * would never write is still read and reported.
 */
@Service
public class ChainVerification {

    private final JdbcClient jdbc;
    private final IntegrityAccess access;

    ChainVerification(JdbcClient jdbc, IntegrityAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The chains of the courts whose records the user reads. */
    @PreAuthorize("hasAuthority('integrity:records')")
    @Transactional(readOnly = true)
    public List<ChainReport> visible() {
        Set<Long> courts = access.recordCourts();
        return chainedCourts().stream().filter(courts::contains).map(this::verify).toList();
    }

    /** Every court's chain, for the command line. */
    @Transactional(readOnly = true)
    public List<ChainReport> all() {
        return chainedCourts().stream().map(this::verify).toList();
    }

    @Transactional(readOnly = true)
    public ChainReport verify(long courtId) {
        ChainVerifier verifier = new ChainVerifier(courtId);
        jdbc.sql("""
                        select seq, kind, case_reference, intervener_name, intervener_post, occurred_at, details, handling,
                               corrects_seq, recorder_member_id, branch_id, recorded_by, recorded_at, previous_hash, record_hash
                        from interference_record where court_id = :c order by seq""")
                .param("c", courtId)
                .query((RowCallbackHandler) rs -> verifier.accept(new Stored(new RecordContent(courtId, rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDateTime.class), rs.getString(7), rs.getString(8),
                        rs.getObject(9, Long.class), rs.getLong(10), rs.getObject(11, Long.class), rs.getString(12),
                        rs.getObject(13, LocalDateTime.class)), rs.getString(14), rs.getString(15))));
        ChainHead head = jdbc.sql("select last_seq, last_hash from integrity_chain where court_id = :c").param("c", courtId)
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).optional().orElse(null);
        return verifier.finish(head);
    }

    private List<Long> chainedCourts() {
        return jdbc.sql("select court_id from integrity_chain union select court_id from interference_record order by 1")
                .query(Long.class).list();
    }
}
