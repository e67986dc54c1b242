package court.tianping.study.web;

import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.study.application.StudyAccess;
import court.tianping.study.application.StudyPeople;
import court.tianping.study.domain.Host;
import org.springframework.stereotype.Component;

import java.util.List;

/** The organisations and members the signed-in user may choose in the study forms: those within their scope. */
@Component
class StudyChoices {

    private final StudyPeople people;
    private final StudyAccess access;

    StudyChoices(StudyPeople people, StudyAccess access) {
        this.people = people;
        this.access = access;
    }

    /** The Party group, committees and branches within the scope, and a group leader's own Party group. */
    List<Host> hosts() {
        long court = access.requireCourt();
        List<Host> hosts = new java.util.ArrayList<>(people.hosts(court).stream()
                .filter(h -> access.covers(h.courtId(), h.path())).toList());
        Long own = access.organizationId();
        if (own != null && hosts.stream().noneMatch(h -> h.organizationId() == own)) {
            Host anchor = people.host(own);
            if (access.covers(anchor.courtId(), anchor.path())) {
                hosts.add(anchor);
            }
        }
        return hosts;
    }

    List<Host> branches() {
        return hosts().stream().filter(h -> h.type() == court.tianping.organization.OrganizationType.BRANCH).toList();
    }

    /** Members of the organisations the user covers (for the Party-affairs office: the whole court). */
    List<Person> members() {
        List<Host> hosts = hosts();
        if (hosts.isEmpty()) {
            return List.of();
        }
        return people.membersOf(hosts.get(0).organizationId());
    }
}
