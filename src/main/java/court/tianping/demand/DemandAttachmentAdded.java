package court.tianping.demand;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A file was added to a demand. The file's name stays out of the audit entry: residents name photos
 * after people and places, so the entry keeps the attachment's id, type and size only.
 */
public record DemandAttachmentAdded(long demandId, long court, String actor, LocalDateTime at, long attachmentId,
        String contentType, long sizeBytes, Map<String, Object> after) implements DemandEvent {

    @Override
    public String action() {
        return "demand.attachment-added";
    }
}
