package court.tianping.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may read of the organisation tree: courts, Party organisations and their
 * members, by id. Scope checks stay with the caller, which binds the returned paths into its own SQL.
 */
public interface OrganizationDirectory {

    /** A court with the district it serves. */
    record CourtEntry(long id, Long parentId, String name, String shortName, String district) {
    }

    /** A Party organisation with its materialised path (ending with '/'). */
    record Unit(long id, long courtId, Long parentId, String path, String name, OrganizationType type) {

        public boolean isInside(Unit other) {
            return path.startsWith(other.path());
        }
    }

    /** A member, with the organisation they belong to first. */
    record Person(long id, long courtId, long organizationId, String name) {
    }

    List<CourtEntry> courts();

    Optional<CourtEntry> court(long courtId);

    Optional<Unit> unit(long organizationId);

    /** The Party branches (党支部) of a court, in tree order. */
    List<Unit> branches(long courtId);

    /** The Party branches of several courts, in one read. */
    List<Unit> branches(Collection<Long> courtIds);

    /** The Party groups (党小组) directly under a branch. */
    List<Unit> cells(long branchId);

    /** Members whose primary organisation is this one or lies below it. */
    List<Person> members(long organizationId);

    Optional<Person> member(long memberId);

    Map<Long, String> unitNames(Collection<Long> ids);

    Map<Long, String> memberNames(Collection<Long> ids);

    /** Birth dates of these members, for those who have one recorded (ages are computed from them). */
    Map<Long, LocalDate> birthDates(Collection<Long> ids);

    /**
     * The organisation's own members: those whose primary organisation it is and those who hold a membership
     * in it (a Party group's members belong to branches of their own).
     */
    List<Person> ownMembers(long organizationId);

    /** When each organisation was established, for those that record it. */
    Map<Long, LocalDate> establishedOn(Collection<Long> organizationIds);

    /** The members of a court who hold a position (e.g. the judges, 法官), by name. */
    List<Person> membersWithPosition(long courtId, Position position);
}
