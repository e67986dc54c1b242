package court.tianping.integrity.domain;

import java.util.List;

/**
 * The verification of one court's chain: how many records were checked, every finding, and the first position at
 * which the chain is not as it was written (null when it is intact).
 */
public record ChainReport(long courtId, long checked, long lastSeq, List<Finding> findings) {

    /** What was found wrong at a position (or a run of positions) of the chain. */
    public enum Problem {
        /** The record's content no longer matches its hash. */
        ALTERED,
        /** Records of these numbers are missing. */
        DELETED,
        /**
         * The record was rewritten with a hash of its own: its hash is no longer the one the next record (or the
         * chain's head) was chained to.
         */
        REWRITTEN,
        /** A record beyond the last one the application wrote. */
        INSERTED
    }

    public record Finding(Problem problem, long fromSeq, long toSeq) {

        public boolean single() {
            return fromSeq == toSeq;
        }
    }

    public ChainReport {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return findings.isEmpty();
    }

    public Long firstBadSeq() {
        return findings.stream().map(Finding::fromSeq).min(Long::compare).orElse(null);
    }

    public long count(Problem problem) {
        return findings.stream().filter(f -> f.problem() == problem).mapToLong(f -> f.toSeq() - f.fromSeq() + 1).sum();
    }
}
