package court.tianping.supervision.web;

import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.supervision.application.SupervisionAccess;
import court.tianping.supervision.application.SupervisionPeople;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The branches of the user's court and their members, for the feedback form. */
@Component
class SupervisionChoices {

    record BranchMembers(Unit branch, List<Person> members) {
    }

    private final SupervisionPeople people;
    private final SupervisionAccess access;

    SupervisionChoices(SupervisionPeople people, SupervisionAccess access) {
        this.people = people;
        this.access = access;
    }

    List<BranchMembers> branches() {
        List<BranchMembers> all = new ArrayList<>();
        for (Unit branch : people.branches(access.requireCourt())) {
            all.add(new BranchMembers(branch, people.members(branch.id())));
        }
        return all;
    }
}
