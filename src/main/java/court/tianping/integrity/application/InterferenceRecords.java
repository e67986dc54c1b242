package court.tianping.integrity.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.integrity.InterferenceType;
import court.tianping.integrity.domain.ChainHead;
import court.tianping.integrity.domain.InterferenceRecord;
import court.tianping.integrity.domain.InterferenceRecord.Entry;
import court.tianping.integrity.domain.InterferenceRecordRepository;
import court.tianping.integrity.domain.Signer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records under the 三个规定. A member records what they met; the record is appended to the court's hash chain
 * under a lock on the chain's head, so numbers never repeat or skip. Only the discipline office reads records in
 * full; a member sees the receipts of what they recorded themselves.
 */
@Service
public class InterferenceRecords {

    /** What the recorder keeps: the record's number in the chain and its hash. */
    public record Receipt(long id, long seq, String hash) {
    }

    /** A line of the member's own list. */
    public record MyRow(long seq, String kind, String caseReference, LocalDateTime occurredAt, LocalDateTime recordedAt,
                        String recordHash) {
    }

    /** A line of the discipline office's list. */
    public record Row(long id, long seq, String kind, String caseReference, String intervenerName, String intervenerPost,
                      LocalDateTime occurredAt, long recorderMemberId, String recorderName, Long branchId,
                      String branchName, LocalDateTime recordedAt, Long correctsSeq) {
    }

    private final InterferenceRecordRepository records;
    private final IntegrityPeople people;
    private final IntegrityAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    InterferenceRecords(InterferenceRecordRepository records, IntegrityPeople people, IntegrityAccess access,
                        JdbcClient jdbc, Clock clock) {
        this.records = records;
        this.people = people;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('integrity:commit')")
    @Transactional
    public Receipt record(Entry entry) {
        Signer recorder = people.signer(access.requireMember());
        return append(recorder, entry, access.actor(), LocalDateTime.now(clock));
    }

    /** Appends a record to the recorder's court chain; a correction must name a record the recorder may correct. */
    Receipt append(Signer recorder, Entry entry, String by, LocalDateTime now) {
        ChainHead head = lockHead(recorder.courtId());
        if (entry.correctsSeq() != null) {
            InterferenceRecord corrected = records.findByCourtIdAndSeq(recorder.courtId(), entry.correctsSeq())
                    .orElseThrow(() -> new DomainException("error.integrity.no-such-record", entry.correctsSeq()));
            if (corrected.recorderMemberId() != recorder.memberId() && !access.readsRecords()) {
                throw new DomainException("error.integrity.no-such-record", entry.correctsSeq());
            }
        }
        InterferenceRecord record = records.save(InterferenceRecord.append(head, recorder, entry, by, now));
        jdbc.sql("update integrity_chain set last_seq = :seq, last_hash = :hash where court_id = :c")
                .param("seq", record.seq()).param("hash", record.hash()).param("c", recorder.courtId()).update();
        return new Receipt(record.id(), record.seq(), record.hash());
    }

    /** The head of the court's chain, locked until the transaction ends (created empty for a court's first record). */
    private ChainHead lockHead(long court) {
        jdbc.sql("""
                        insert into integrity_chain (court_id, last_seq, last_hash)
                        select :c, 0, :genesis where not exists (select 1 from integrity_chain where court_id = :c)""")
                .param("c", court).param("genesis", ChainHead.EMPTY.lastHash()).update();
        return jdbc.sql("select last_seq, last_hash from integrity_chain where court_id = :c for update")
                .param("c", court).query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2).strip())).single();
    }

    @PreAuthorize("hasAuthority('integrity:commit')")
    public PageResult<MyRow> mine(int page, int size) {
        long member = access.requireMember();
        long total = jdbc.sql("select count(*) from interference_record where recorder_member_id = :m").param("m", member)
                .query(Long.class).single();
        List<MyRow> rows = jdbc.sql("""
                        select seq, kind, case_reference, occurred_at, recorded_at, record_hash from interference_record
                        where recorder_member_id = :m order by recorded_at desc, seq desc limit :size offset :offset""")
                .param("m", member).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new MyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6).strip()))
                .list();
        return new PageResult<>(rows, total, page, size);
    }

    /** Full records of the courts the discipline office reads, newest first, by type and month of occurrence. */
    @PreAuthorize("hasAuthority('integrity:records')")
    public PageResult<Row> list(InterferenceType type, YearMonth month, int page, int size) {
        Set<Long> courts = access.recordCourts();
        StringBuilder where = new StringBuilder(" where r.court_id in (:courts)");
        Map<String, Object> params = new HashMap<>();
        params.put("courts", courts.isEmpty() ? Set.of(-1L) : courts);
        if (type != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", type.name());
        }
        if (month != null) {
            where.append(" and r.occurred_at >= :from and r.occurred_at < :to");
            params.put("from", month.atDay(1).atStartOfDay());
            params.put("to", month.plusMonths(1).atDay(1).atStartOfDay());
        }
        long total = jdbc.sql("select count(*) from interference_record r" + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql("""
                        select r.id, r.seq, r.kind, r.case_reference, r.intervener_name, r.intervener_post, r.occurred_at,
                               r.recorder_member_id, r.branch_id, r.recorded_at, r.corrects_seq
                        from interference_record r""" + where + " order by r.recorded_at desc, r.seq desc limit :size offset :offset")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDateTime.class), rs.getLong(8), null,
                        (Long) rs.getObject(9, Long.class), null, rs.getObject(10, LocalDateTime.class),
                        rs.getObject(11, Long.class)))
                .list();
        Map<Long, String> members = people.memberNames(rows.stream().map(Row::recorderMemberId).toList());
        Map<Long, String> branches = people.unitNames(rows.stream().map(Row::branchId).filter(b -> b != null).toList());
        return new PageResult<>(rows.stream().map(r -> new Row(r.id(), r.seq(), r.kind(), r.caseReference(),
                r.intervenerName(), r.intervenerPost(), r.occurredAt(), r.recorderMemberId(),
                members.getOrDefault(r.recorderMemberId(), ""), r.branchId(),
                r.branchId() == null ? "" : branches.getOrDefault(r.branchId(), ""), r.recordedAt(), r.correctsSeq()))
                .toList(), total, page, size);
    }

    @PreAuthorize("hasAuthority('integrity:records')")
    public InterferenceRecord visible(long id) {
        Set<Long> courts = access.recordCourts();
        return records.findById(id).filter(r -> courts.contains(r.courtId()))
                .orElseThrow(() -> new NotFoundException("label.integrity.record", id));
    }

    public String memberName(long memberId) {
        return people.memberNames(List.of(memberId)).getOrDefault(memberId, "");
    }

    public String unitName(Long unitId) {
        return unitId == null ? "" : people.unitNames(List.of(unitId)).getOrDefault(unitId, "");
    }
}
