package court.tianping.demand.application;

import court.tianping.core.DomainException;
import court.tianping.demand.domain.AttachmentFile;
import court.tianping.demand.domain.AttachmentKind;
import court.tianping.demand.domain.Demand;
import court.tianping.demand.domain.DemandRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks and stores the files of a demand, for the intake and for files added later; the callers decide
 * who may. Every file of a form is checked before anything is stored: its kind from its content, its size,
 * and how many the demand may hold.
 */
@Component
class AttachmentStore {

    private final DemandRepository demands;
    private final AttachmentInspector inspector;
    private final AttachmentLimits limits;
    private final JdbcClient jdbc;

    AttachmentStore(DemandRepository demands, AttachmentInspector inspector, AttachmentLimits limits, JdbcClient jdbc) {
        this.demands = demands;
        this.inspector = inspector;
        this.limits = limits;
        this.jdbc = jdbc;
    }

    /**
     * Checks the files of one form: how many (fewer from the public page), and for each its size and its kind,
     * read from its content. Empty file fields are left out.
     */
    List<AttachmentFile> check(List<AttachmentUpload> uploads, boolean fromThePublic) {
        List<AttachmentUpload> chosen = uploads == null ? List.of()
                : uploads.stream().filter(Objects::nonNull).filter(u -> !u.isNothing()).toList();
        int max = fromThePublic ? limits.maxPublicFiles() : limits.maxFiles();
        if (chosen.size() > max) {
            throw new DomainException("error.demand.attachment.too-many", max, chosen.size());
        }
        List<AttachmentFile> files = new ArrayList<>();
        for (AttachmentUpload upload : chosen) {
            files.add(check(upload, fromThePublic));
        }
        return files;
    }

    private AttachmentFile check(AttachmentUpload upload, boolean fromThePublic) {
        String name = AttachmentFile.plainName(upload.fileName());
        long max = limits.maxFileSize().toBytes();
        byte[] content = upload.size() > max ? null : read(upload, max);
        if (content == null || content.length > max) {
            throw new DomainException("error.demand.attachment.too-large", name, limits.maxFileMegabytes());
        }
        if (content.length == 0) {
            throw new DomainException("error.demand.attachment.empty", name);
        }
        AttachmentKind kind = inspector.kindOf(content)
                .filter(k -> k.fromThePublic() || !fromThePublic)
                .orElseThrow(() -> new DomainException(fromThePublic
                        ? "error.demand.attachment.public-type" : "error.demand.attachment.type", name));
        return new AttachmentFile(upload.fileName(), kind, content);
    }

    /** Reads at most one byte more than allowed, so that a file larger than it said is caught too. */
    private static byte[] read(AttachmentUpload upload, long max) {
        try (InputStream in = upload.content().getInputStream()) {
            return in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores checked files with the demand in the caller's transaction, if the demand takes them: one event each. */
    void store(Demand demand, List<AttachmentFile> files, String by, LocalDateTime now) {
        if (files.isEmpty()) {
            return;
        }
        int held = jdbc.sql("select count(*) from demand_attachment where demand_id = :demand")
                .param("demand", demand.id()).query(Integer.class).single();
        demand.checkRoomForAttachments(held, files.size(), limits.maxFiles());
        for (AttachmentFile file : files) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into demand_attachment (demand_id, court_id, file_name, content_type, size_bytes, content,
                                                           uploaded_by, uploaded_at)
                            values (:demand, :court, :name, :type, :size, :content, :by, :at)""")
                    .param("demand", demand.id()).param("court", demand.courtId()).param("name", file.fileName())
                    .param("type", file.kind().mediaType()).param("size", file.size()).param("content", file.content())
                    .param("by", by).param("at", now)
                    .update(key, "id");
            demand.attached(key.getKey().longValue(), file, by, now);
        }
        demands.save(demand);
    }
}
