package court.tianping.integrity.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What a 三个规定 record says, as its hash covers it. The canonical form lists the fields in a fixed order, each
 * as {@code name=<UTF-8 length>:value} on its own line ({@code name=~} for an absent value), so no value can run
 * into the next; times are written to the second, as stored (they are truncated before they are stored, and both
 * H2 and PostgreSQL give them back the same).
 */
public record RecordContent(long courtId, long seq, String kind, String caseReference, String intervenerName,
                            String intervenerPost, LocalDateTime occurredAt, String details, String handling,
                            Long correctsSeq, long recorderMemberId, Long branchId, String recordedBy,
                            LocalDateTime recordedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    public String canonical() {
        StringBuilder out = new StringBuilder("interference-record/v1\n");
        field(out, "court", Long.toString(courtId));
        field(out, "seq", Long.toString(seq));
        field(out, "kind", kind);
        field(out, "caseReference", caseReference);
        field(out, "intervenerName", intervenerName);
        field(out, "intervenerPost", intervenerPost);
        field(out, "occurredAt", occurredAt == null ? null : occurredAt.format(TIME));
        field(out, "details", details);
        field(out, "handling", handling);
        field(out, "correctsSeq", correctsSeq == null ? null : correctsSeq.toString());
        field(out, "recorderMember", Long.toString(recorderMemberId));
        field(out, "branch", branchId == null ? null : branchId.toString());
        field(out, "recordedBy", recordedBy);
        field(out, "recordedAt", recordedAt == null ? null : recordedAt.format(TIME));
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('~');
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        out.append('\n');
    }
}
