package court.tianping.integrity.domain;

/** The signed commitment as uploaded, its kind already recognised from its content. */
public record SignedDocument(String fileName, String contentType, byte[] content) {
}
