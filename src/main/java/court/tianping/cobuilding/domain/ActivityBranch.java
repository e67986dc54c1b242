package court.tianping.cobuilding.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A court branch that took part in an activity. */
@Table("cobuilding_activity_branch")
record ActivityBranch(long organizationId, long courtId, String organizationPath) {
}
