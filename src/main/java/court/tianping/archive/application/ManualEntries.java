package court.tianping.archive.application;

import court.tianping.archive.EntrySource;
import court.tianping.archive.domain.ArchiveEntry;
import court.tianping.archive.domain.ArchiveEntryRepository;
import court.tianping.archive.domain.ArchivedMember;
import court.tianping.archive.domain.Evidence;
import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.platform.FileContents;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * Commendations, exemplary deeds, disciplinary measures and errors typed in by the office or the discipline
 * office, with their evidence; each waits until a second person confirms it.
 */
@Service
public class ManualEntries {

    private static final Map<FileContents.Type, String> MEDIA_TYPES = Map.of(
            FileContents.Type.JPEG, "image/jpeg", FileContents.Type.PNG, "image/png",
            FileContents.Type.PDF, "application/pdf", FileContents.Type.DOC, "application/msword",
            FileContents.Type.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ArchiveEntryRepository entries;
    private final ArchivePeople people;
    private final ArchiveAccess access;
    private final FileContents files;
    private final Clock clock;

    ManualEntries(ArchiveEntryRepository entries, ArchivePeople people, ArchiveAccess access, FileContents files,
                  Clock clock) {
        this.entries = entries;
        this.people = people;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('archive:record')")
    @Transactional
    public long propose(Long memberId, EntrySource source, LocalDate on, String summary, String evidenceRef,
                        EvidenceUpload upload) {
        ArchivedMember member = people.require(memberId);
        if (!access.scope().covers(member.courtId(), member.organizationPath())) {
            throw new DomainException("error.archive.unknown-member", memberId);
        }
        Evidence evidence = evidence(evidenceRef, upload);
        return entries.save(ArchiveEntry.propose(member, source, on, summary, evidence, access.actor(),
                LocalDateTime.now(clock))).id();
    }

    @PreAuthorize("hasAuthority('archive:record')")
    @Transactional
    public void confirm(long id, int version) {
        ArchiveEntry entry = entries.findById(id)
                .filter(e -> access.scope().covers(e.courtId(), e.organizationPath()))
                .orElseThrow(() -> new NotFoundException("label.archive.entry", id));
        if (!Objects.equals(entry.version(), version)) {
            throw new OptimisticLockingFailureException("archive entry " + id + " changed meanwhile");
        }
        entry.confirm(access.actor(), LocalDateTime.now(clock));
        entries.save(entry);
    }

    private Evidence evidence(String reference, EvidenceUpload upload) {
        if (upload == null || !upload.present()) {
            return new Evidence(reference, null, null, null);
        }
        FileContents.Type type = files.typeOf(upload.content())
                .filter(MEDIA_TYPES::containsKey)
                .orElseThrow(() -> new DomainException("error.archive.file-type"));
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "evidence" : upload.fileName();
        return new Evidence(reference, name, MEDIA_TYPES.get(type), upload.content());
    }
}
