package court.tianping.archive.domain;

/** What proves an entry: a reference (document number, case number, feedback number) and/or a checked file. */
public record Evidence(String reference, String fileName, String contentType, byte[] content) {

    public static Evidence reference(String reference) {
        return new Evidence(reference, null, null, null);
    }

    boolean hasFile() {
        return content != null && content.length > 0;
    }
}
