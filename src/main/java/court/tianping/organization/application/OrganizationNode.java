package court.tianping.organization.application;

import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;

import java.time.LocalDate;

/** A Party organisation in the tree, with its depth and the members in it and below it. */
public record OrganizationNode(long id, Long parentId, long courtId, String name, OrganizationType type,
                               OrganizationNature nature, String path, int depth, String departmentName,
                               String task, LocalDate startsOn, LocalDate endsOn, String secretaryName,
                               long directMembers, long totalMembers, long cells, int version) {

    public OrganizationNode withCounts(long total, long cellCount) {
        return new OrganizationNode(id, parentId, courtId, name, type, nature, path, depth, departmentName, task,
                startsOn, endsOn, secretaryName, directMembers, total, cellCount, version);
    }
}
