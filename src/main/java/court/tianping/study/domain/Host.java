package court.tianping.study.domain;

import court.tianping.organization.OrganizationType;

/** The Party organisation that holds a study record, with the path its data scope is read from. */
public record Host(long organizationId, long courtId, String path, OrganizationType type, String name) {
}
