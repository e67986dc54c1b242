package court.tianping.demand.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much a demand may hold, set under {@code tianping.demand.attachments}: the size of one file, the
 * number of files per demand, and how many a resident may send from the public page. The multipart limits
 * of {@code spring.servlet.multipart} must let at least one full request of files through.
 */
@ConfigurationProperties("tianping.demand.attachments")
public record AttachmentLimits(DataSize maxFileSize, int maxFiles, int maxPublicFiles) {

    public AttachmentLimits {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(10);
        }
        if (maxFiles <= 0) {
            maxFiles = 5;
        }
        if (maxPublicFiles <= 0) {
            maxPublicFiles = 3;
        }
        maxPublicFiles = Math.min(maxPublicFiles, maxFiles);
    }

    /** The size of one file in megabytes, for messages and for the upload forms. */
    public double maxFileMegabytes() {
        return maxFileSize.toBytes() / (1024.0 * 1024.0);
    }
}
