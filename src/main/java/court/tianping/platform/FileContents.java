package court.tianping.platform;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recognises what a file is from its content alone. Apache Tika reads the first bytes (the magic numbers)
 * with no name to go by. Office files are then looked into, because their first bytes only say "a zip
 * archive" or "an OLE2 container", which installers and archives are too: a Word or Excel file must hold
 * its document or workbook part. Office files with macros are refused.
 */
@Component
public class FileContents {

    /** The kinds of file the platform recognises; each module says which it accepts. */
    public enum Type {
        JPEG, PNG, HEIC, PDF, DOC, DOCX, XLS, XLSX
    }

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    /** The kind of the file, or empty for anything outside the allow-list. */
    public Optional<Type> typeOf(byte[] content) {
        MediaType type;
        try (InputStream in = new ByteArrayInputStream(content)) {
            type = types.detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            return Optional.empty();
        }
        switch (type.toString()) {
            case "image/jpeg":
                return Optional.of(Type.JPEG);
            case "image/png":
                return Optional.of(Type.PNG);
            case "image/heic", "image/heif":
                return Optional.of(Type.HEIC);
            case "application/pdf":
                return Optional.of(Type.PDF);
            default:
                break;
        }
        if (types.getMediaTypeRegistry().isInstanceOf(type, OLE2)) {
            return oldOffice(content);
        }
        if (types.getMediaTypeRegistry().isInstanceOf(type, ZIP)) {
            return openXml(content);
        }
        return Optional.empty();
    }

    /** Word 97–2003 and Excel 97–2003: an OLE2 container with a WordDocument or Workbook stream, without macros. */
    private static Optional<Type> oldOffice(byte[] content) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
                return Optional.empty();
            }
            if (root.hasEntry("WordDocument")) {
                return Optional.of(Type.DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(Type.XLS);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * docx and xlsx: a zip archive with the Open XML content types and a document or workbook part, without a
     * macro project. Only the archive's directory is read, so a zip bomb costs nothing.
     */
    private static Optional<Type> openXml(byte[] content) {
        Set<String> names;
        try {
            names = entryNames(content);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml") || names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(Type.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(Type.XLSX);
        }
        return Optional.empty();
    }

    private static Set<String> entryNames(byte[] content) throws IOException {
        Path file = Files.createTempFile("tianping-upload", ".zip");
        try {
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
