package court.tianping.cobuilding.application;

import court.tianping.core.DomainException;
import court.tianping.platform.FileContents;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * Checks an uploaded file before anything is stored: its size against the limit whatever the client declared,
 * then its kind from its content (never its name) against what the form accepts.
 */
@Component
class CheckedFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Set<FileContents.Type> PHOTOS = Set.of(FileContents.Type.JPEG, FileContents.Type.PNG, FileContents.Type.HEIC);
    static final Set<FileContents.Type> DOCUMENTS = Set.of(FileContents.Type.PDF, FileContents.Type.DOC, FileContents.Type.DOCX,
            FileContents.Type.JPEG, FileContents.Type.PNG);
    private static final Map<FileContents.Type, String> MEDIA_TYPES = Map.of(
            FileContents.Type.JPEG, "image/jpeg", FileContents.Type.PNG, "image/png", FileContents.Type.HEIC, "image/heic",
            FileContents.Type.PDF, "application/pdf", FileContents.Type.DOC, "application/msword",
            FileContents.Type.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            FileContents.Type.XLS, "application/vnd.ms-excel",
            FileContents.Type.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record Checked(String name, String mediaType, byte[] content) {
    }

    private final FileContents contents;

    CheckedFiles(FileContents contents) {
        this.contents = contents;
    }

    /** The file, checked; refused with the key of the form's accepted kinds ({@code error.cobuilding.file.photo} …). */
    Checked check(Upload upload, Set<FileContents.Type> accepted, String refusalKey) {
        String name = cleanName(upload.fileName());
        if (upload.size() > MAX_BYTES) {
            throw new DomainException("error.cobuilding.file.too-large", name, MAX_BYTES / (1024 * 1024));
        }
        byte[] content = read(upload);
        if (content == null) {
            throw new DomainException("error.cobuilding.file.too-large", name, MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new DomainException("error.cobuilding.file.empty", name);
        }
        FileContents.Type type = contents.typeOf(content).filter(accepted::contains)
                .orElseThrow(() -> new DomainException(refusalKey, name));
        return new Checked(name, MEDIA_TYPES.get(type), content);
    }

    private static byte[] read(Upload upload) {
        try (InputStream in = upload.content().getInputStream()) {
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            return content.length > MAX_BYTES ? null : content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>\"]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
