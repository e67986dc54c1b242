package court.tianping.demand.domain;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file a demand may hold. A kind is recognised from the file's content, never from its
 * name or from what the browser says; residents on the public page may send photos and PDF only.
 */
public enum AttachmentKind {
    JPEG("image/jpeg", true, "jpg", "jpeg"),
    PNG("image/png", true, "png"),
    HEIC("image/heic", true, "heic", "heif"),
    PDF("application/pdf", true, "pdf"),
    DOC("application/msword", false, "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
    XLS("application/vnd.ms-excel", false, "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx");

    private final String mediaType;
    private final boolean fromThePublic;
    private final List<String> extensions;

    AttachmentKind(String mediaType, boolean fromThePublic, String... extensions) {
        this.mediaType = mediaType;
        this.fromThePublic = fromThePublic;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a resident may send it from the public page. */
    public boolean fromThePublic() {
        return fromThePublic;
    }

    /** The usual extension, given to a file whose name has none of this kind's extensions. */
    public String extension() {
        return extensions.get(0);
    }

    boolean isExtensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
