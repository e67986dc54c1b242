package court.tianping.demand.application;

import court.tianping.demand.domain.AttachmentKind;
import court.tianping.platform.FileContents;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What a demand's attachment is, from its content alone (the platform's {@link FileContents}). */
@Component
class AttachmentInspector {

    private final FileContents contents;

    AttachmentInspector(FileContents contents) {
        this.contents = contents;
    }

    /** The kind of the file, or empty for anything outside the allow-list. */
    Optional<AttachmentKind> kindOf(byte[] content) {
        return contents.typeOf(content).map(type -> AttachmentKind.valueOf(type.name()));
    }
}
