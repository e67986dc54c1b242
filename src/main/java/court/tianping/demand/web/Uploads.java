package court.tianping.demand.web;

import court.tianping.demand.application.AttachmentUpload;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/** The file fields of a form, handed to the application as they arrived: it checks them, not the browser. */
final class Uploads {

    private Uploads() {
    }

    static List<AttachmentUpload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(f -> new AttachmentUpload(f.getOriginalFilename(), f.getSize(), f)).toList();
    }

    /** Whether any file was chosen, to ask for it again when the form comes back with an error. */
    static boolean chosen(List<MultipartFile> files) {
        return files != null && files.stream().anyMatch(f -> !f.isEmpty());
    }
}
