package court.tianping.life.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** How much a meeting's record may hold, set under {@code tianping.life.files}: the size of one file, the files per meeting. */
@ConfigurationProperties("tianping.life.files")
public record FileLimits(DataSize maxFileSize, int maxFiles) {

    public FileLimits {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(10);
        }
        if (maxFiles <= 0) {
            maxFiles = 20;
        }
    }

    public double maxFileMegabytes() {
        return maxFileSize.toBytes() / (1024.0 * 1024.0);
    }
}
