package court.tianping.life.application;

/** What a meeting's record may hold: photos and the usual documents, recognised from their content. */
public enum FileKind {
    JPEG("image/jpeg", true), PNG("image/png", true), HEIC("image/heic", true), PDF("application/pdf", false),
    DOC("application/msword", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    XLS("application/vnd.ms-excel", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false);

    private final String mediaType;
    private final boolean photo;

    FileKind(String mediaType, boolean photo) {
        this.mediaType = mediaType;
        this.photo = photo;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean photo() {
        return photo;
    }
}
