package court.tianping.integrity.domain;

import court.tianping.core.DomainException;
import court.tianping.integrity.InterferenceRecorded;
import court.tianping.integrity.InterferenceType;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A record under the 三个规定: who intervened in which case, when, what they did and how it was handled, by the
 * member who recorded it. Written once at the end of the court's chain and never changed: a correction is a new
 * record that names the number of the one it corrects.
 */
@Table("interference_record")
public class InterferenceRecord extends Recorded<InterferenceRecord> {

    /** What a member enters; checked when the record is made. */
    public record Entry(InterferenceType type, String caseReference, String intervenerName, String intervenerPost,
                        LocalDateTime occurredAt, String details, String handling, Long correctsSeq) {
    }

    @Id
    private Long id;
    private Long courtId;
    private Long seq;
    private String kind;
    private String caseReference;
    private String intervenerName;
    private String intervenerPost;
    private LocalDateTime occurredAt;
    private String details;
    private String handling;
    private Long correctsSeq;
    private Long recorderMemberId;
    private Long branchId;
    private String recordedBy;
    private LocalDateTime recordedAt;
    private String previousHash;
    private String recordHash;

    InterferenceRecord() {
    }

    /** Checks the entry and appends it after the chain's head. */
    public static InterferenceRecord append(ChainHead head, Signer recorder, Entry entry, String by, LocalDateTime now) {
        if (entry.type() == null) {
            throw new DomainException("error.integrity.type-required");
        }
        if (entry.occurredAt() == null) {
            throw new DomainException("error.integrity.occurred-at-required");
        }
        LocalDateTime recordedAt = now.truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime occurredAt = entry.occurredAt().truncatedTo(ChronoUnit.MINUTES);
        if (occurredAt.isAfter(recordedAt) || occurredAt.isBefore(recordedAt.minusYears(5))) {
            throw new DomainException("error.integrity.occurred-at");
        }
        if (entry.correctsSeq() != null && (entry.correctsSeq() < 1 || entry.correctsSeq() > head.lastSeq())) {
            throw new DomainException("error.integrity.no-such-record", entry.correctsSeq());
        }
        InterferenceRecord record = new InterferenceRecord();
        record.courtId = recorder.courtId();
        record.seq = head.nextSeq();
        record.kind = entry.type().name();
        record.caseReference = Texts.required(entry.caseReference(), 100, "label.integrity.case-reference");
        record.intervenerName = Texts.required(entry.intervenerName(), 50, "label.integrity.intervener-name");
        record.intervenerPost = Texts.required(entry.intervenerPost(), 100, "label.integrity.intervener-post");
        record.occurredAt = occurredAt;
        record.details = Texts.required(entry.details(), 2000, "label.integrity.details");
        record.handling = Texts.required(entry.handling(), 1000, "label.integrity.handling");
        record.correctsSeq = entry.correctsSeq();
        record.recorderMemberId = recorder.memberId();
        record.branchId = recorder.branchId();
        record.recordedBy = by;
        record.recordedAt = recordedAt;
        record.previousHash = head.lastHash();
        record.recordHash = Chain.link(head.lastHash(), record.content());
        long court = record.courtId;
        long seq = record.seq;
        String hash = record.recordHash;
        record.raise(id -> new InterferenceRecorded(id, court, by, recordedAt, seq, hash, Map.of("seq", seq, "hash", hash)));
        return record;
    }

    public RecordContent content() {
        return new RecordContent(courtId, seq, kind, caseReference, intervenerName, intervenerPost, occurredAt, details,
                handling, correctsSeq, recorderMemberId, branchId, recordedBy, recordedAt);
    }

    public ChainHead asHead() {
        return new ChainHead(seq, recordHash);
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public long courtId() { return courtId; }
    public long seq() { return seq; }
    public InterferenceType type() { return InterferenceType.valueOf(kind); }
    public String caseReference() { return caseReference; }
    public String intervenerName() { return intervenerName; }
    public String intervenerPost() { return intervenerPost; }
    public LocalDateTime occurredAt() { return occurredAt; }
    public String details() { return details; }
    public String handling() { return handling; }
    public Long correctsSeq() { return correctsSeq; }
    public long recorderMemberId() { return recorderMemberId; }
    public Long branchId() { return branchId; }
    public String recordedBy() { return recordedBy; }
    public LocalDateTime recordedAt() { return recordedAt; }
    public String previousHash() { return previousHash; }
    public String hash() { return recordHash; }
}
