package court.tianping.integrity.application;

import court.tianping.core.DomainException;
import court.tianping.integrity.domain.Signer;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Members and Party branches of the organisation module, as the integrity records take them. */
@Component
public class IntegrityPeople {

    /** A branch with the members who belong to it (each member counted in one branch only). */
    public record BranchMembers(Unit branch, List<Person> members) {
    }

    private final OrganizationDirectory directory;

    IntegrityPeople(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** The member with their court and the innermost branch above their organisation. */
    public Signer signer(long memberId) {
        Person person = directory.member(memberId).orElseThrow(() -> new DomainException("error.integrity.no-member"));
        String path = directory.unit(person.organizationId()).map(Unit::path).orElse("");
        Unit branch = directory.branches(person.courtId()).stream().filter(b -> path.startsWith(b.path()))
                .max(Comparator.comparingInt(b -> b.path().length())).orElse(null);
        return new Signer(person.id(), person.courtId(), branch == null ? null : branch.id(),
                branch == null ? null : branch.path());
    }

    /** The branches of a court in tree order, each with its members. */
    public List<BranchMembers> roster(long courtId) {
        Set<Long> seen = new HashSet<>();
        List<Unit> branches = new ArrayList<>(directory.branches(courtId));
        // inner branches first, so a member of a branch under a general branch counts in the inner one
        List<Unit> innerFirst = branches.stream().sorted(Comparator.comparingInt((Unit b) -> b.path().length()).reversed()).toList();
        Map<Long, List<Person>> byBranch = new java.util.HashMap<>();
        for (Unit branch : innerFirst) {
            byBranch.put(branch.id(), directory.members(branch.id()).stream().filter(p -> seen.add(p.id())).toList());
        }
        return branches.stream().map(b -> new BranchMembers(b, byBranch.get(b.id()))).toList();
    }

    public Map<Long, String> courtNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        directory.courts().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    public Map<Long, String> memberNames(Collection<Long> ids) {
        return directory.memberNames(ids);
    }

    public Map<Long, String> unitNames(Collection<Long> ids) {
        return directory.unitNames(ids);
    }
}
