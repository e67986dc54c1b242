package court.tianping.cobuilding.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member of the court who took part in an activity (went to the grassroots). */
@Table("cobuilding_activity_participant")
record Participant(long memberId, long courtId) {
}
