package court.tianping.demand.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file that passed the checks and may be stored with a demand: its content, the kind recognised from
 * that content, and a clean name (no folders, no control or reserved characters, at most
 * {@value #MAX_NAME} characters, ending in an extension of its kind).
 */
public record AttachmentFile(String fileName, AttachmentKind kind, byte[] content) {

    public static final int MAX_NAME = 200;
    /** Control and invisible formatting characters (such as right-to-left overrides), and what Windows forbids. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\"*:<>?|]");

    public AttachmentFile {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(content);
        fileName = cleanName(fileName, kind);
    }

    public long size() {
        return content.length;
    }

    /** The name a file is stored and offered under, from whatever name the sender's device gave it. */
    public static String cleanName(String given, AttachmentKind kind) {
        String name = plainName(given);
        String base = name;
        String extension = "." + kind.extension();
        if (kind.isExtensionOf(name)) {
            base = name.substring(0, name.lastIndexOf('.')).strip();
            extension = name.substring(name.lastIndexOf('.'));
        }
        if (base.isEmpty()) {
            base = "attachment";
        }
        return cut(base, MAX_NAME - extension.length()) + extension;
    }

    /** The given name without folders, unsafe characters or leading dots, short enough to show in a message. */
    public static String plainName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSAFE.matcher(name).replaceAll("").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return cut(name, MAX_NAME);
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }
}
