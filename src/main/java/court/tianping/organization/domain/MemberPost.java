package court.tianping.organization.domain;

import court.tianping.organization.Post;
import org.springframework.data.relational.core.mapping.Table;

/** A post a member holds in an organisation (a branch secretary, a cell leader…). */
@Table("member_post")
public record MemberPost(Long organizationId, Post post) {
}
