package court.tianping.integrity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain of a court's 三个规定 records: each hash covers the previous one and the record's canonical content. */
public final class Chain {

    /** The "previous hash" of a court's first record. */
    public static final String GENESIS = "0".repeat(64);

    private Chain() {
    }

    /** SHA-256 over the previous hash, a line break and the canonical content, in UTF-8; 64 lower-case hex digits. */
    public static String link(String previousHash, RecordContent content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(content.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
