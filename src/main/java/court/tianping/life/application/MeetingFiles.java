package court.tianping.life.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.life.MeetingFileAdded;
import court.tianping.life.MeetingState;
import court.tianping.life.domain.Meeting;
import court.tianping.platform.FileContents;
import court.tianping.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Photos and files of a meeting's record (会议照片、材料). Every file of a form is checked before any is stored:
 * its size against the limit, then its kind from its content, whatever its name says. A refused file stores
 * nothing of the form.
 */
@Service
public class MeetingFiles {

    /** A file as listed on the meeting's page. */
    public record FileRow(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                          LocalDateTime uploadedAt) {

        public boolean photo() {
            return contentType.startsWith("image/");
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    private record Checked(String name, FileKind kind, byte[] content) {
    }

    private final MeetingAccess access;
    private final FileContents contents;
    private final FileLimits limits;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingFiles(MeetingAccess access, FileContents contents, FileLimits limits, JdbcClient jdbc,
                 CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.contents = contents;
        this.limits = limits;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Adds files to a meeting the user manages that is not cancelled; all of them or none. Returns how many. */
    @PreAuthorize("hasAuthority('life:meeting')")
    @Transactional
    public int add(long meetingId, List<FileUpload> uploads) {
        Meeting meeting = access.managed(meetingId);
        if (meeting.state() == MeetingState.CANCELLED) {
            throw new DomainException("error.life.file.cancelled");
        }
        List<FileUpload> chosen = uploads.stream().filter(u -> u.size() > 0 || (u.fileName() != null && !u.fileName().isBlank())).toList();
        if (chosen.isEmpty()) {
            throw new DomainException("error.life.file.none");
        }
        long held = jdbc.sql("select count(*) from meeting_file where meeting_id = :m").param("m", meetingId).query(Long.class).single();
        if (held + chosen.size() > limits.maxFiles()) {
            throw new DomainException("error.life.file.too-many", limits.maxFiles());
        }
        List<Checked> checked = new ArrayList<>();
        for (FileUpload upload : chosen) {
            checked.add(check(upload));
        }
        String actor = currentUser.actor();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        for (Checked file : checked) {
            jdbc.sql("""
                            insert into meeting_file (meeting_id, court_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                            values (:m, :court, :name, :type, :size, :content, :by, :at)""")
                    .param("m", meetingId).param("court", meeting.courtId()).param("name", file.name())
                    .param("type", file.kind().mediaType()).param("size", (long) file.content().length)
                    .param("content", file.content()).param("by", actor).param("at", now).update();
            events.publishEvent(new MeetingFileAdded(meetingId, meeting.courtId(), actor, now, file.name(),
                    Map.of("file", file.name(), "type", file.kind().name(), "size", file.content().length)));
        }
        return checked.size();
    }

    private Checked check(FileUpload upload) {
        String name = cleanName(upload.fileName());
        long max = limits.maxFileSize().toBytes();
        if (upload.size() > max) {
            throw new DomainException("error.life.file.too-large", name, limits.maxFileMegabytes());
        }
        byte[] content = read(upload, max);
        if (content == null) {
            throw new DomainException("error.life.file.too-large", name, limits.maxFileMegabytes());
        }
        if (content.length == 0) {
            throw new DomainException("error.life.file.empty", name);
        }
        FileKind kind = contents.typeOf(content).map(type -> FileKind.valueOf(type.name())).orElseThrow(() -> new DomainException("error.life.file.type", name));
        return new Checked(name, kind, content);
    }

    /** The content, or null when it is longer than the limit whatever size the client declared. */
    private static byte[] read(FileUpload upload, long max) {
        try (InputStream in = upload.content().getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return content.length > max ? null : content;
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

    @PreAuthorize("hasAuthority('life:read')")
    public List<FileRow> list(long meetingId) {
        access.visible(meetingId);
        return jdbc.sql("""
                        select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from meeting_file
                        where meeting_id = :m order by id""")
                .param("m", meetingId).query(FileRow.class).list();
    }

    @PreAuthorize("hasAuthority('life:read')")
    public Download download(long meetingId, long fileId) {
        access.visible(meetingId);
        return jdbc.sql("select file_name, content_type, content from meeting_file where id = :id and meeting_id = :m")
                .param("id", fileId).param("m", meetingId)
                .query((rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("label.meeting-file", fileId));
    }
}
