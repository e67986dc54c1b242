package court.tianping.demand.application;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.SqlFilter;
import court.tianping.demand.domain.AttachmentFile;
import court.tianping.demand.domain.Demand;
import court.tianping.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The files a demand holds (附件). Whoever takes part in the flow (intake, dispatch, handling, a partner's
 * order) may add files to a demand they can see until it is closed; whoever may see the demand may list
 * and download its files, within the same data scope.
 */
@Service
public class DemandAttachments {

    /** What the detail page lists: everything but the content. */
    public record Attachment(long id, long demandId, String fileName, String contentType, long sizeBytes,
                             String uploadedBy, LocalDateTime uploadedAt) {

        /** Sent by the resident from the public page rather than by a member of staff. */
        public boolean fromThePublic() {
            return DemandIntake.PUBLIC_ACTOR.equals(uploadedBy);
        }
    }

    /** A file to send back to the browser. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    private final DemandAccess access;
    private final AttachmentStore store;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemandAttachments(DemandAccess access, AttachmentStore store, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.store = store;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds files to a demand the user can see; all of them or, when one is refused, none. Returns how many. */
    @PreAuthorize("hasAuthority('demand:intake') or hasAuthority('demand:handle') or hasAuthority('demand:dispatch')"
            + " or hasAuthority('demand:order')")
    @Transactional
    public int add(long demandId, List<AttachmentUpload> uploads) {
        Demand demand = access.visible(demandId);
        List<AttachmentFile> files = store.check(uploads, false);
        if (files.isEmpty()) {
            throw new DomainException("error.demand.attachment.none");
        }
        store.store(demand, files, currentUser.actor(), LocalDateTime.now(clock));
        return files.size();
    }

    @PreAuthorize("hasAuthority('demand:read') or hasAuthority('demand:order')")
    public List<Attachment> list(long demandId) {
        SqlFilter scope = access.filter("d");
        return jdbc.sql("""
                        select a.id, a.demand_id, a.file_name, a.content_type, a.size_bytes, a.uploaded_by, a.uploaded_at
                        from demand_attachment a join demand d on d.id = a.demand_id
                        where a.demand_id = :demand and\s""" + scope.sql() + " order by a.id")
                .params(scope.params()).param("demand", demandId).query(Attachment.class).list();
    }

    /** A file of a demand the user can see; otherwise not found, as for the demand itself. */
    @PreAuthorize("hasAuthority('demand:read') or hasAuthority('demand:order')")
    public Download download(long demandId, long attachmentId) {
        SqlFilter scope = access.filter("d");
        return jdbc.sql("""
                        select a.file_name, a.content_type, a.content
                        from demand_attachment a join demand d on d.id = a.demand_id
                        where a.id = :attachment and a.demand_id = :demand and\s""" + scope.sql())
                .params(scope.params()).param("attachment", attachmentId).param("demand", demandId)
                .query((rs, n) -> new Download(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional().orElseThrow(() -> new NotFoundException("label.demand-attachment", attachmentId));
    }
}
