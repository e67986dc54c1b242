package court.tianping.integrity.domain;

/** The last sequence number and hash of a court's chain, kept beside the records so that a removed tail shows. */
public record ChainHead(long lastSeq, String lastHash) {

    public static final ChainHead EMPTY = new ChainHead(0, Chain.GENESIS);

    public long nextSeq() {
        return lastSeq + 1;
    }
}
