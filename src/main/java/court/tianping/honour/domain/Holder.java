package court.tianping.honour.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member holding a pioneer post. */
@Table("pioneer_post_holder")
public record Holder(Long memberId, String memberPath, Long courtId) {
}
