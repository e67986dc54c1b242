package court.tianping.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A resolution was published to the whole court on the publication board (党务公开). */
public record ResolutionPublished(long publicationId, long court, String actor, LocalDateTime at, long meetingId,
                                  int resolutionNumber, LocalDate publishedOn, Map<String, Object> after)
        implements LifeEvent {

    @Override
    public String action() {
        return "publication.published";
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
