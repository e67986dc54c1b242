package court.tianping.life;

import java.time.LocalDateTime;
import java.util.Map;

/** A published item was corrected: a new version, the earlier ones kept. */
public record PublicationCorrected(long publicationId, long court, String actor, LocalDateTime at, int number,
                                   String reason, Map<String, Object> before, Map<String, Object> after)
        implements LifeEvent {

    @Override
    public String action() {
        return "publication.corrected";
    }

    @Override
    public String subjectType() {
        return "publication";
    }

    @Override
    public String subjectId() {
        return Long.toString(publicationId);
    }
}
