package court.tianping.organization.roster;

import java.util.List;

/** The file cannot be imported; nothing from it was saved. */
class RosterRejected extends RuntimeException {

    private final transient List<RosterError> errors;

    RosterRejected(List<RosterError> errors) {
        super(errors.size() + " roster errors");
        this.errors = List.copyOf(errors);
    }

    List<RosterError> errors() {
        return errors;
    }
}
