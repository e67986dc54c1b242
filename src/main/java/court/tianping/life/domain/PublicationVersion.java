package court.tianping.life.domain;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/** One version of a published item: the first as published, each later one a correction with its reason. */
@Table("publication_version")
public record PublicationVersion(int number, long courtId, String title, String body, String reason, String changedBy,
                                 LocalDateTime changedAt) {
}
