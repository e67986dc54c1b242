package court.tianping.archive.domain;

import court.tianping.archive.ArchiveEntryConfirmed;
import court.tianping.archive.ArchiveEntryRecorded;
import court.tianping.archive.ArchiveEvent;
import court.tianping.archive.EntryKind;
import court.tianping.archive.EntrySource;
import court.tianping.archive.EntryState;
import court.tianping.core.DomainException;
import court.tianping.core.EventRaisingAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * An entry of a member's archive: a merit (优善) or a flaw (瑕疵), with its source, the day it happened, a summary,
 * its evidence and who verified it. Entries from another module's verified record are confirmed at once; an
 * entry typed in by hand waits for a second person, who may not be the one who typed it (four eyes).
 */
@Table("archive_entry")
public class ArchiveEntry extends EventRaisingAggregate<ArchiveEntry, ArchiveEvent> {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    @Id
    private Long id;
    private Long courtId;
    private Long memberId;
    private String organizationPath;
    private EntryKind kind;
    private EntrySource source;
    private EntryState state;
    private LocalDate occurredOn;
    private String summary;
    private String evidenceRef;
    private String evidenceFileName;
    private String evidenceContentType;
    private byte[] evidenceContent;
    private String sourceRef;
    private String createdBy;
    private LocalDateTime createdAt;
    private String verifiedBy;
    private LocalDateTime verifiedAt;
    @Version
    private Integer version;

    ArchiveEntry() {
    }

    /** An entry from another module's record that was verified there: in the archive at once. */
    public static ArchiveEntry fromVerifiedRecord(ArchivedMember member, EntryKind kind, EntrySource source, LocalDate on,
                                                  String summary, String evidenceRef, String verifiedBy,
                                                  LocalDateTime verifiedAt, String sourceRef, LocalDateTime now) {
        if (source.manual()) {
            throw new DomainException("error.archive.manual-source", source);
        }
        ArchiveEntry entry = entry(member, kind, source, on, summary, Evidence.reference(evidenceRef), verifiedBy, now);
        entry.state = EntryState.CONFIRMED;
        entry.verifiedBy = verifiedBy;
        entry.verifiedAt = verifiedAt;
        entry.sourceRef = sourceRef;
        entry.recorded();
        return entry;
    }

    /** A commendation, an exemplary deed, a disciplinary measure or an error, typed in; waits for a second person. */
    public static ArchiveEntry propose(ArchivedMember member, EntrySource source, LocalDate on, String summary,
                                       Evidence evidence, String by, LocalDateTime now) {
        if (source == null || !source.manual()) {
            throw new DomainException("error.archive.source-required");
        }
        if (on != null && on.isAfter(now.toLocalDate())) {
            throw new DomainException("error.archive.future");
        }
        if (evidence == null || (blank(evidence.reference()) && !evidence.hasFile())) {
            throw new DomainException("error.archive.evidence-required");
        }
        EntryKind kind = source == EntrySource.COMMENDATION || source == EntrySource.EXEMPLARY_DEED ? EntryKind.MERIT : EntryKind.FLAW;
        ArchiveEntry entry = entry(member, kind, source, on, summary, evidence, by, now);
        entry.state = EntryState.PENDING;
        entry.recorded();
        return entry;
    }

    private static ArchiveEntry entry(ArchivedMember member, EntryKind kind, EntrySource source, LocalDate on,
                                      String summary, Evidence evidence, String by, LocalDateTime now) {
        if (member == null) {
            throw new DomainException("error.archive.member-required");
        }
        if (on == null) {
            throw new DomainException("error.archive.date-required");
        }
        ArchiveEntry entry = new ArchiveEntry();
        entry.courtId = member.courtId();
        entry.memberId = member.memberId();
        entry.organizationPath = member.organizationPath();
        entry.kind = kind;
        entry.source = source;
        entry.occurredOn = on;
        entry.summary = text(summary, 1000, "label.archive.summary", true);
        entry.evidenceRef = text(evidence.reference(), 200, "label.archive.evidence-ref", false);
        if (evidence.hasFile()) {
            entry.evidenceFileName = text(evidence.fileName(), 200, "label.archive.evidence-file", true);
            entry.evidenceContentType = evidence.contentType();
            entry.evidenceContent = evidence.content();
        }
        entry.createdBy = by;
        entry.createdAt = now;
        return entry;
    }

    /** 复核确认: a second person confirms a manual entry, once. */
    public void confirm(String by, LocalDateTime now) {
        if (state != EntryState.PENDING) {
            throw new DomainException("error.archive.not-pending");
        }
        if (by == null || by.equals(createdBy)) {
            throw new DomainException("error.archive.four-eyes");
        }
        state = EntryState.CONFIRMED;
        verifiedBy = by;
        verifiedAt = now;
        raise(id -> new ArchiveEntryConfirmed(id, courtId, by, now, memberId, kind, source,
                facts("state", state, "verifiedBy", by)));
    }

    private void recorded() {
        String by = createdBy;
        LocalDateTime at = createdAt;
        raise(id -> new ArchiveEntryRecorded(id, courtId, by, at, memberId, kind, source, state, occurredOn, sourceRef,
                facts("memberId", memberId, "kind", kind, "source", source, "state", state, "occurredOn", occurredOn,
                        "summary", summary, "evidenceRef", evidenceRef, "evidenceFile", evidenceFileName)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(String text, int max, String label, boolean required) {
        if (blank(text)) {
            if (required) {
                throw new DomainException("error.archive.required", label);
            }
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new DomainException("error.archive.too-long", label, max);
        }
        if (MARKUP.matcher(value).find()) {
            throw new DomainException("error.archive.markup", label);
        }
        return value;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public Long courtId() { return courtId; }
    public Long memberId() { return memberId; }
    public String organizationPath() { return organizationPath; }
    public EntryKind kind() { return kind; }
    public EntrySource source() { return source; }
    public EntryState state() { return state; }
    public LocalDate occurredOn() { return occurredOn; }
    public String summary() { return summary; }
    public String evidenceRef() { return evidenceRef; }
    public String evidenceFileName() { return evidenceFileName; }
    public String evidenceContentType() { return evidenceContentType; }
    public byte[] evidenceContent() { return evidenceContent; }
    public String sourceRef() { return sourceRef; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
    public String verifiedBy() { return verifiedBy; }
    public LocalDateTime verifiedAt() { return verifiedAt; }
    public Integer version() { return version; }
}
