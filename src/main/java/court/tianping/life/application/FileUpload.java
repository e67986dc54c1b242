package court.tianping.life.application;

import org.springframework.core.io.InputStreamSource;

/** A file as it arrived from a form or the API, with the size the client declared. */
public record FileUpload(String fileName, long size, InputStreamSource content) {
}
