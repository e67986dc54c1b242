package court.tianping.organization;

import court.tianping.core.AuditedEvent;
import court.tianping.core.CourtId;
import court.tianping.core.MemberId;
import court.tianping.core.OrganizationId;

import java.util.Map;

/**
 * A member was created, updated or transferred. {@code action} is one of {@code member.created},
 * {@code member.updated}, {@code member.transferred}; snapshots have personal data masked.
 */
public record MemberChanged(String action, MemberId memberId, CourtId court, OrganizationId organization,
                            String actor, Map<String, Object> before, Map<String, Object> after) implements AuditedEvent {

    public static final String CREATED = "member.created";
    public static final String UPDATED = "member.updated";
    public static final String TRANSFERRED = "member.transferred";

    @Override
    public String subjectType() {
        return "member";
    }

    @Override
    public String subjectId() {
        return memberId.toString();
    }

    @Override
    public Long courtId() {
        return court == null ? null : court.value();
    }
}
