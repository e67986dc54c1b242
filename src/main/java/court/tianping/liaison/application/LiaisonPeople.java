package court.tianping.liaison.application;

import court.tianping.core.DomainException;
import court.tianping.liaison.domain.Judge;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Members, courts and branches of the organisation module, as the liaison records take them. */
@Component
public class LiaisonPeople {

    private final OrganizationDirectory directory;

    LiaisonPeople(OrganizationDirectory directory) {
        this.directory = directory;
    }

    public Judge judge(Long memberId) {
        if (memberId == null) {
            throw new DomainException("error.liaison.required", "label.liaison.judge");
        }
        Person person = directory.member(memberId)
                .orElseThrow(() -> new DomainException("error.liaison.unknown-member", memberId));
        String path = directory.unit(person.organizationId()).map(Unit::path)
                .orElseThrow(() -> new DomainException("error.liaison.unknown-member", memberId));
        return new Judge(person.id(), person.courtId(), path);
    }

    /** Everyone of the court, by name, to choose a liaison judge from. */
    public List<Person> membersOfCourt(long courtId) {
        List<Unit> branches = directory.branches(courtId);
        if (branches.isEmpty()) {
            return List.of();
        }
        long root = Long.parseLong(branches.get(0).path().split("/")[1]);
        return directory.members(root).stream().sorted(Comparator.comparing(Person::name)).toList();
    }

    public List<Unit> branches(Collection<Long> courtIds) {
        return directory.branches(courtIds);
    }

    public Map<Long, String> memberNames(Collection<Long> ids) {
        return directory.memberNames(ids);
    }

    public Map<Long, String> courtNames() {
        return directory.courts().stream().collect(java.util.stream.Collectors.toMap(
                OrganizationDirectory.CourtEntry::id, OrganizationDirectory.CourtEntry::name));
    }
}
