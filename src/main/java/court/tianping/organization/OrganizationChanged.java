package court.tianping.organization;

import court.tianping.core.AuditedEvent;
import court.tianping.core.CourtId;
import court.tianping.core.OrganizationId;

import java.util.Map;

/** A Party organisation was created or updated ({@code organization.created}, {@code organization.updated}). */
public record OrganizationChanged(String action, OrganizationId organizationId, CourtId court, String actor,
                                  Map<String, Object> before, Map<String, Object> after) implements AuditedEvent {

    public static final String CREATED = "organization.created";
    public static final String UPDATED = "organization.updated";

    @Override
    public String subjectType() {
        return "organization";
    }

    @Override
    public String subjectId() {
        return organizationId.toString();
    }

    @Override
    public Long courtId() {
        return court == null ? null : court.value();
    }
}
