package court.tianping.honour.application;

import court.tianping.core.DomainException;
import court.tianping.honour.domain.Organisation;
import court.tianping.honour.domain.Person;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Members and organisations of the organisation module, as the honour records take them. */
@Component
public class HonourPeople {

    private final OrganizationDirectory directory;

    HonourPeople(OrganizationDirectory directory) {
        this.directory = directory;
    }

    public Person person(Long memberId) {
        if (memberId == null) {
            throw new DomainException("error.honour.required", "label.honour.member");
        }
        OrganizationDirectory.Person p = directory.member(memberId)
                .orElseThrow(() -> new DomainException("error.honour.unknown-member", memberId));
        String path = directory.unit(p.organizationId()).map(Unit::path)
                .orElseThrow(() -> new DomainException("error.honour.unknown-member", memberId));
        return new Person(p.id(), p.courtId(), path);
    }

    public List<Person> people(Collection<Long> memberIds) {
        List<Person> people = new ArrayList<>();
        if (memberIds != null) {
            memberIds.forEach(id -> people.add(person(id)));
        }
        return people;
    }

    public Organisation organisation(Long organizationId) {
        if (organizationId == null) {
            throw new DomainException("error.honour.required", "label.honour.organization");
        }
        Unit unit = directory.unit(organizationId)
                .orElseThrow(() -> new DomainException("error.honour.unknown-organization", organizationId));
        return new Organisation(unit.id(), unit.courtId(), unit.path());
    }

    /** The court's organisations that can hold a team, a post or a collective honour: those above the branches, and the branches. */
    public List<Unit> organisations(long courtId) {
        Map<Long, Unit> units = new LinkedHashMap<>();
        List<Unit> branches = directory.branches(courtId);
        for (Unit branch : branches) {
            for (String part : branch.path().split("/")) {
                if (!part.isEmpty()) {
                    long id = Long.parseLong(part);
                    if (!units.containsKey(id)) {
                        directory.unit(id).ifPresent(u -> units.put(u.id(), u));
                    }
                }
            }
        }
        return new ArrayList<>(units.values());
    }

    public List<OrganizationDirectory.Person> membersOfCourt(long courtId) {
        List<Unit> branches = directory.branches(courtId);
        if (branches.isEmpty()) {
            return List.of();
        }
        long root = Long.parseLong(branches.get(0).path().split("/")[1]);
        return directory.members(root).stream().sorted(Comparator.comparing(OrganizationDirectory.Person::name)).toList();
    }

    public Map<Long, String> memberNames(Collection<Long> ids) {
        return directory.memberNames(ids);
    }

    public Map<Long, String> unitNames(Collection<Long> ids) {
        return directory.unitNames(ids);
    }
}
