package court.tianping.integrity.domain;

import court.tianping.integrity.domain.ChainReport.Finding;
import court.tianping.integrity.domain.ChainReport.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks one court's records in the order of their numbers, as they are stored, and compares each with what was
 * written: its hash recomputed from its content and the previous hash it holds, its link to its predecessor's
 * hash, the numbers without gaps from 1, and the end of the chain against the head kept beside it.
 */
public final class ChainVerifier {

    /** A record as read back from the database. */
    public record Stored(RecordContent content, String previousHash, String hash) {
    }

    private final long courtId;
    private final List<Finding> findings = new ArrayList<>();
    private long expectedSeq = 1;
    private String previousHash = Chain.GENESIS;
    private long checked;

    public ChainVerifier(long courtId) {
        this.courtId = courtId;
    }

    public void accept(Stored record) {
        long seq = record.content().seq();
        checked++;
        boolean predecessorPresent = seq == expectedSeq;
        if (seq > expectedSeq) {
            findings.add(new Finding(Problem.DELETED, expectedSeq, seq - 1));
        }
        boolean altered = !Chain.link(trimmed(record.previousHash()), record.content()).equals(trimmed(record.hash()));
        if (altered) {
            findings.add(new Finding(Problem.ALTERED, seq, seq));
        } else if (predecessorPresent && !trimmed(record.previousHash()).equals(previousHash)) {
            long rewritten = Math.max(1, seq - 1);
            findings.add(new Finding(Problem.REWRITTEN, rewritten, rewritten));
        }
        previousHash = trimmed(record.hash());
        expectedSeq = Math.max(expectedSeq, seq + 1);
    }

    /** The report, given the head the application last wrote (null when the court never recorded anything). */
    public ChainReport finish(ChainHead head) {
        long lastStored = expectedSeq - 1;
        if (head != null) {
            if (head.lastSeq() > lastStored) {
                findings.add(new Finding(Problem.DELETED, lastStored + 1, head.lastSeq()));
            } else if (head.lastSeq() < lastStored) {
                findings.add(new Finding(Problem.INSERTED, head.lastSeq() + 1, lastStored));
            } else if (lastStored > 0 && !trimmed(head.lastHash()).equals(previousHash)
                    && findings.stream().noneMatch(f -> f.toSeq() == lastStored)) {
                findings.add(new Finding(Problem.REWRITTEN, lastStored, lastStored));
            }
        } else if (lastStored > 0) {
            findings.add(new Finding(Problem.INSERTED, 1, lastStored));
        }
        return new ChainReport(courtId, checked, head == null ? lastStored : Math.max(head.lastSeq(), lastStored),
                findings.stream().distinct().sorted(Comparator.comparingLong(Finding::fromSeq)).toList());
    }

    private static String trimmed(String hash) {
        return hash == null ? "" : hash.strip();
    }
}
