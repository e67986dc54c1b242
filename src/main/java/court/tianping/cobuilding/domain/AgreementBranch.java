package court.tianping.cobuilding.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A court branch bound by an agreement. */
@Table("cobuilding_agreement_branch")
record AgreementBranch(long organizationId, long courtId, String organizationPath) {
}
