package court.tianping.archive.application;

import court.tianping.archive.domain.ArchivedMember;
import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Members of the organisation module, as the archive takes them. */
@Component
public class ArchivePeople {

    private final OrganizationDirectory directory;

    ArchivePeople(OrganizationDirectory directory) {
        this.directory = directory;
    }

    public Optional<ArchivedMember> find(long memberId) {
        return directory.member(memberId).flatMap(p -> directory.unit(p.organizationId())
                .map(u -> new ArchivedMember(p.courtId(), p.id(), u.path())));
    }

    public ArchivedMember require(Long memberId) {
        if (memberId == null) {
            throw new DomainException("error.archive.member-required");
        }
        return find(memberId).orElseThrow(() -> new DomainException("error.archive.unknown-member", memberId));
    }

    public Optional<Person> person(long memberId) {
        return directory.member(memberId);
    }

    public Map<Long, String> memberNames(Collection<Long> ids) {
        return directory.memberNames(ids);
    }

    public Map<Long, String> unitNames(Collection<Long> ids) {
        return directory.unitNames(ids);
    }

    public List<Unit> branches(long courtId) {
        return directory.branches(courtId);
    }

    public List<Person> members(long organizationId) {
        return directory.members(organizationId);
    }
}
