package court.tianping.organization.application;

import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;

/** An organisation in a pick list: enough to name and indent it, without counts. */
public record OrganizationChoice(long id, Long parentId, long courtId, String name, OrganizationType type, OrganizationNature nature,
                                 int depth) {
}
