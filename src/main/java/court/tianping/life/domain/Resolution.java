package court.tianping.life.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A resolution of a held meeting; one marked for publication goes to the board once. */
@Table("meeting_resolution")
public record Resolution(int number, long courtId, String text, boolean toPublish, Long publicationId) {

    public boolean published() {
        return publicationId != null;
    }

    Resolution publishedAs(long publication) {
        return new Resolution(number, courtId, text, toPublish, publication);
    }
}
