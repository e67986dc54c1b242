package court.tianping.organization.domain;

import org.springframework.data.relational.core.mapping.Table;

/** Membership of an organisation beside the primary one, such as a temporary or joint organisation. */
@Table("member_membership")
public record Membership(Long organizationId) {
}
