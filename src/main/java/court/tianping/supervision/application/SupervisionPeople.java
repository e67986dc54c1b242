package court.tianping.supervision.application;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.supervision.domain.Subject;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Members and organisations of the organisation module, as feedback and the weekly report take them. */
@Component
public class SupervisionPeople {

    private final OrganizationDirectory directory;

    SupervisionPeople(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** Whom feedback is about: a member, or else an organisation; an unknown one is refused with a message. */
    public Subject subject(Long memberId, Long organizationId) {
        if (memberId != null) {
            Person person = directory.member(memberId)
                    .orElseThrow(() -> new DomainException("error.supervision.unknown-member", memberId));
            Unit unit = directory.unit(person.organizationId())
                    .orElseThrow(() -> new DomainException("error.supervision.unknown-member", memberId));
            return new Subject(person.courtId(), person.id(), unit.id(), unit.path(), branchOf(unit).orElse(null));
        }
        if (organizationId != null) {
            Unit unit = directory.unit(organizationId)
                    .orElseThrow(() -> new DomainException("error.supervision.unknown-organization", organizationId));
            return new Subject(unit.courtId(), null, unit.id(), unit.path(), branchOf(unit).orElse(null));
        }
        throw new DomainException("error.supervision.subject-required");
    }

    /** The Party branch an organisation belongs to (itself when it is one). */
    public Optional<Long> branchOf(Unit unit) {
        return directory.branches(unit.courtId()).stream()
                .filter(b -> unit.path().startsWith(b.path()))
                .max(Comparator.comparingInt(b -> b.path().length()))
                .map(Unit::id);
    }

    public List<Long> courts() {
        return directory.courts().stream().map(OrganizationDirectory.CourtEntry::id).toList();
    }

    public List<Unit> branches(long courtId) {
        return directory.branches(courtId);
    }

    public List<Person> members(long organizationId) {
        return directory.members(organizationId);
    }

    public Optional<Unit> unit(long id) {
        return directory.unit(id);
    }

    public Optional<Person> member(long id) {
        return directory.member(id);
    }

    public Map<Long, String> memberNames(Collection<Long> ids) {
        return directory.memberNames(ids);
    }

    public Map<Long, String> unitNames(Collection<Long> ids) {
        return directory.unitNames(ids);
    }
}
