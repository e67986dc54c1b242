package court.tianping.study.application;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.study.domain.Attendee;
import court.tianping.study.domain.Host;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Members and organisations of the organisation module, as the study records take them. */
@Component
public class StudyPeople {

    private final OrganizationDirectory directory;

    StudyPeople(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** A member of the court, with the path of their organisation; an unknown member is refused with a message. */
    public Attendee attendee(Long memberId, long courtId) {
        if (memberId == null) {
            throw new DomainException("error.study.member-required");
        }
        Person person = directory.member(memberId).filter(p -> p.courtId() == courtId)
                .orElseThrow(() -> new DomainException("error.study.unknown-member", memberId));
        String path = directory.unit(person.organizationId()).map(Unit::path)
                .orElseThrow(() -> new DomainException("error.study.unknown-member", memberId));
        return new Attendee(person.id(), person.courtId(), path);
    }

    public Optional<Person> person(long memberId) {
        return directory.member(memberId);
    }

    public Host host(Long organizationId) {
        if (organizationId == null) {
            throw new DomainException("error.study.organization-required");
        }
        Unit unit = directory.unit(organizationId)
                .orElseThrow(() -> new DomainException("error.study.unknown-organization", organizationId));
        return new Host(unit.id(), unit.courtId(), unit.path(), unit.type(), unit.name());
    }

    /** Members of the organisation and everything below it. */
    public List<Person> membersOf(long organizationId) {
        return directory.members(organizationId);
    }

    /** The organisations of a court that can hold study: the Party group and committees above the branches, the branches. */
    public List<Host> hosts(long courtId) {
        Map<Long, Host> hosts = new LinkedHashMap<>();
        List<Unit> branches = directory.branches(courtId);
        for (Unit branch : branches) {
            for (String part : branch.path().split("/")) {
                if (!part.isEmpty() && !part.equals(Long.toString(branch.id()))) {
                    long id = Long.parseLong(part);
                    if (!hosts.containsKey(id)) {
                        directory.unit(id).ifPresent(u -> hosts.put(u.id(), hostOf(u)));
                    }
                }
            }
        }
        List<Host> all = new ArrayList<>(hosts.values());
        branches.forEach(b -> all.add(hostOf(b)));
        return all;
    }

    public Optional<Host> leadershipGroup(long courtId) {
        return hosts(courtId).stream().filter(h -> h.type() == OrganizationType.LEADERSHIP_GROUP).findFirst();
    }

    public Map<Long, String> memberNames(Collection<Long> ids) {
        return directory.memberNames(ids);
    }

    public Map<Long, String> unitNames(Collection<Long> ids) {
        return directory.unitNames(ids);
    }

    public Map<Long, java.time.LocalDate> birthDates(Collection<Long> ids) {
        return directory.birthDates(ids);
    }

    public List<Unit> branches(long courtId) {
        return directory.branches(courtId);
    }

    private static Host hostOf(Unit unit) {
        return new Host(unit.id(), unit.courtId(), unit.path(), unit.type(), unit.name());
    }
}
