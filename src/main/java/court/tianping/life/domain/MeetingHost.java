package court.tianping.life.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A hosting organisation of a meeting, with its path so that scope applies to every host. */
@Table("meeting_host")
public record MeetingHost(long organizationId, long courtId, String organizationPath) {
}
