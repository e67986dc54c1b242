package court.tianping.honour.domain;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A member of a volunteer team since a day. */
@Table("volunteer")
public record Volunteer(Long memberId, String memberPath, Long courtId, LocalDate joinedOn) {
}
