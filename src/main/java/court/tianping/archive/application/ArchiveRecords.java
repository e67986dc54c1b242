package court.tianping.archive.application;

import court.tianping.archive.EntryKind;
import court.tianping.archive.EntrySource;
import court.tianping.archive.domain.ArchiveEntry;
import court.tianping.archive.domain.ArchiveEntryRepository;
import court.tianping.archive.domain.ArchivedMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entries that other modules' verified records write into the archive. Each carries the reference of the record
 * it came from, so that an event delivered twice writes one entry.
 */
@Service
public class ArchiveRecords {

    private static final Logger log = LoggerFactory.getLogger(ArchiveRecords.class);

    private final ArchiveEntryRepository entries;
    private final ArchivePeople people;
    private final JdbcClient jdbc;
    private final Clock clock;

    ArchiveRecords(ArchiveEntryRepository entries, ArchivePeople people, JdbcClient jdbc, Clock clock) {
        this.entries = entries;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One confirmed entry for a member from a verified record; nothing when the record was written before. */
    @Transactional
    public Optional<Long> recordVerified(long memberId, EntryKind kind, EntrySource source, LocalDate on, String summary,
                                         String evidenceRef, String verifiedBy, LocalDateTime verifiedAt, String sourceRef) {
        Optional<ArchivedMember> member = people.find(memberId);
        if (member.isEmpty()) {
            log.warn("No archive entry for unknown member {} ({})", memberId, sourceRef);
            return Optional.empty();
        }
        if (written(member.get().courtId(), sourceRef)) {
            return Optional.empty();
        }
        ArchiveEntry entry = ArchiveEntry.fromVerifiedRecord(member.get(), kind, source, on, summary, evidenceRef,
                verifiedBy, verifiedAt, sourceRef, LocalDateTime.now(clock));
        return Optional.of(entries.save(entry).id());
    }

    /**
     * A merit entry for each of several members from one verified record (an honour awarded to a collective, for
     * example); {@code sourceRef} names the record, each member's entry adds the member's id to it.
     */
    @Transactional
    public List<Long> recordMerits(List<Long> memberIds, EntrySource source, LocalDate on, String summary,
                                   String evidenceRef, String verifiedBy, LocalDateTime verifiedAt, String sourceRef) {
        List<Long> written = new ArrayList<>();
        for (long memberId : memberIds) {
            recordVerified(memberId, EntryKind.MERIT, source, on, summary, evidenceRef, verifiedBy, verifiedAt,
                    sourceRef + ":" + memberId).ifPresent(written::add);
        }
        return written;
    }

    private boolean written(long courtId, String sourceRef) {
        return jdbc.sql("select count(*) from archive_entry where court_id = :court and source_ref = :ref")
                .param("court", courtId).param("ref", sourceRef).query(Long.class).single() > 0;
    }
}
