/**
 * Courts and organisation (组织体系): the court tree, departments and trial teams, the Party
 * organisation tree, members with their posts, and transfers. Publishes {@link court.tianping.organization.MemberChanged}
 * and {@link court.tianping.organization.OrganizationChanged}.
 */
package court.tianping.organization;
