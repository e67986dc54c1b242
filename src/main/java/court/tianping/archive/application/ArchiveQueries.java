package court.tianping.archive.application;

import court.tianping.archive.EntryKind;
import court.tianping.archive.EntrySource;
import court.tianping.archive.EntryState;
import court.tianping.archive.domain.ArchiveEntry;
import court.tianping.archive.domain.ArchiveEntryRepository;
import court.tianping.archive.domain.ArchivedMember;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.core.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Archive entries as the user may see them, paged and filtered in SQL. */
@Service
public class ArchiveQueries {

    public record Filter(EntryKind kind, EntryState state, Long memberId) {
    }

    public record EntryRow(long id, long memberId, String memberName, EntryKind kind, EntrySource source, EntryState state,
                           LocalDate occurredOn, String summary, String evidenceRef, String evidenceFileName,
                           String createdBy, String verifiedBy, LocalDateTime verifiedAt, int version) {
    }

    public record MemberArchive(long memberId, String memberName, String organizationName, List<EntryRow> merits,
                                List<EntryRow> flaws) {
    }

    private final JdbcClient jdbc;
    private final ArchiveAccess access;
    private final ArchivePeople people;
    private final ArchiveEntryRepository entries;

    ArchiveQueries(JdbcClient jdbc, ArchiveAccess access, ArchivePeople people, ArchiveEntryRepository entries) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.entries = entries;
    }

    public PageResult<EntryRow> list(Filter filter, int page, int size) {
        SqlFilter visible = access.entries("e");
        StringBuilder where = new StringBuilder(" from archive_entry e where ").append(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        if (filter.kind() != null) {
            where.append(" and e.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.state() != null) {
            where.append(" and e.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.memberId() != null) {
            where.append(" and e.member_id = :member");
            params.put("member", filter.memberId());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<EntryRow> rows = rows(where + " order by e.occurred_on desc, e.id desc limit :size offset :offset",
                params, size, (long) page * size);
        return new PageResult<>(rows, total, page, size);
    }

    /** A member's archive: the confirmed merit and flaw entries, newest first; a member outside the scope is not found. */
    public MemberArchive archive(long memberId) {
        ArchivedMember member = people.find(memberId)
                .filter(m -> access.seesMember(m.courtId(), m.organizationPath(), memberId))
                .orElseThrow(() -> new NotFoundException("label.archive.member", memberId));
        Map<String, Object> params = Map.of("member", memberId);
        List<EntryRow> rows = rows(" from archive_entry e where e.member_id = :member and e.state = 'CONFIRMED'"
                + " order by e.occurred_on desc, e.id desc limit :size offset :offset", params, 1000, 0);
        var person = people.person(memberId).orElseThrow();
        return new MemberArchive(memberId, person.name(),
                people.unitNames(List.of(person.organizationId())).get(person.organizationId()),
                rows.stream().filter(r -> r.kind() == EntryKind.MERIT).toList(),
                rows.stream().filter(r -> r.kind() == EntryKind.FLAW).toList());
    }

    /** An entry with its evidence file, for the download; outside the scope, or pending for a reader, it is not found. */
    public ArchiveEntry entry(long id) {
        return entries.findById(id)
                .filter(e -> access.seesMember(e.courtId(), e.organizationPath(), e.memberId()))
                .filter(e -> e.state() == EntryState.CONFIRMED || access.keeps())
                .orElseThrow(() -> new NotFoundException("label.archive.entry", id));
    }

    private List<EntryRow> rows(String from, Map<String, Object> params, int size, long offset) {
        List<EntryRow> rows = jdbc.sql("""
                        select e.id, e.member_id, e.kind, e.source, e.state, e.occurred_on, e.summary, e.evidence_ref,
                               e.evidence_file_name, e.created_by, e.verified_by, e.verified_at, e.version""" + from)
                .params(params).param("size", size).param("offset", offset)
                .query((rs, n) -> new EntryRow(rs.getLong(1), rs.getLong(2), null, EntryKind.valueOf(rs.getString(3)),
                        EntrySource.valueOf(rs.getString(4)), EntryState.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getObject(12, LocalDateTime.class), rs.getInt(13)))
                .list();
        Map<Long, String> names = people.memberNames(rows.stream().map(EntryRow::memberId).distinct().toList());
        return rows.stream().map(r -> new EntryRow(r.id(), r.memberId(), names.get(r.memberId()), r.kind(), r.source(),
                r.state(), r.occurredOn(), r.summary(), r.evidenceRef(), r.evidenceFileName(), r.createdBy(),
                r.verifiedBy(), r.verifiedAt(), r.version())).toList();
    }
}
