package court.tianping.archive.application;

/** A file given as evidence, as the form uploaded it. */
public record EvidenceUpload(String fileName, byte[] content) {

    public boolean present() {
        return content != null && content.length > 0;
    }
}
