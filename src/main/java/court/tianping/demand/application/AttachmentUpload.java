package court.tianping.demand.application;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrived, before any check: the name the sender's device gave it, its size, and where to
 * read it from. Nothing about it is trusted, least of all its name.
 */
public record AttachmentUpload(String fileName, long size, InputStreamSource content) {

    /** An empty file field of a form: nothing chosen, nothing to check. */
    boolean isNothing() {
        return size == 0 && (fileName == null || fileName.isBlank());
    }
}
