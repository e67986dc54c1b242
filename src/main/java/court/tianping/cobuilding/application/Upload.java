package court.tianping.cobuilding.application;

import org.springframework.core.io.InputStreamSource;

/** A file as it arrived from a form or the API, with the size the client declared. */
public record Upload(String fileName, long size, InputStreamSource content) {

    public boolean chosen() {
        return size > 0 || (fileName != null && !fileName.isBlank());
    }
}
