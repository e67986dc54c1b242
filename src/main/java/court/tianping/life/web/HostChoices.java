package court.tianping.life.web;

import court.tianping.core.Scope;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Person;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.TianpingUser;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisations a user may plan meetings for and the people they may invite: for the office, the court's
 * Party group, organ committee, branches and groups; for a secretary their branch and its groups (and the
 * other branches of the court, as partners of joint life); for a group leader their group.
 */
@Component
class HostChoices {

    private final OrganizationDirectory directory;
    private final CurrentUser currentUser;

    HostChoices(OrganizationDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    List<Unit> hosts() {
        TianpingUser user = currentUser.require();
        Scope scope = currentUser.scope();
        Long court = user.courtId();
        Map<Long, Unit> units = new LinkedHashMap<>();
        switch (scope.level()) {
            case CITY, COURT -> {
                if (court != null) {
                    List<Unit> branches = directory.branches(court);
                    branches.stream().findFirst().ifPresent(b -> ancestors(b).forEach(u -> units.put(u.id(), u)));
                    branches.forEach(b -> {
                        units.put(b.id(), b);
                        directory.cells(b.id()).forEach(c -> units.put(c.id(), c));
                    });
                }
            }
            case BRANCH, CELL -> own(user).ifPresent(u -> {
                units.put(u.id(), u);
                directory.cells(u.id()).forEach(c -> units.put(c.id(), c));
                directory.branches(u.courtId()).forEach(b -> units.putIfAbsent(b.id(), b));
            });
            default -> {
            }
        }
        return new ArrayList<>(units.values());
    }

    /** Members of the user's court who may be invited to an open or joint meeting. */
    List<Person> invitable() {
        TianpingUser user = currentUser.require();
        Optional<Unit> root = user.courtId() == null ? Optional.empty()
                : directory.branches(user.courtId()).stream().findFirst().flatMap(b -> ancestors(b).stream().findFirst());
        return root.map(r -> directory.members(r.id())).orElse(List.of());
    }

    private Optional<Unit> own(TianpingUser user) {
        return user.organizationId() == null ? Optional.empty() : directory.unit(user.organizationId());
    }

    private List<Unit> ancestors(Unit unit) {
        List<Unit> above = new ArrayList<>();
        String[] parts = unit.path().split("/");
        for (String part : parts) {
            if (!part.isEmpty() && Long.parseLong(part) != unit.id()) {
                directory.unit(Long.parseLong(part)).ifPresent(above::add);
            }
        }
        return above;
    }
}
