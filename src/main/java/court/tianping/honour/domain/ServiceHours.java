package court.tianping.honour.domain;

import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;

/** The hours one volunteer served in a service activity. */
@Table("volunteer_hours")
public record ServiceHours(Long memberId, String memberPath, Long courtId, BigDecimal hours) {
}
