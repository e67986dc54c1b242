package court.tianping.organization.roster;

import court.tianping.core.DomainException;
import court.tianping.organization.application.MemberCommands;
import court.tianping.organization.domain.PartyOrganization;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Imports a previewed roster: every row in one transaction, or none. */
@Service
class RosterImport {

    private final RosterReader reader;
    private final MemberCommands members;
    private final CurrentUser currentUser;
    private final Messages messages;

    RosterImport(RosterReader reader, MemberCommands members, CurrentUser currentUser, Messages messages) {
        this.reader = reader;
        this.members = members;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** Reads and checks the file; nothing is saved. */
    @PreAuthorize("hasAuthority('organization:roster:import')")
    public List<RosterRow> preview(byte[] file) {
        return reader.read(file);
    }

    /**
     * Saves the previewed rows. A row that a rule refuses now (a post taken since the preview, say)
     * rolls back the whole import and is reported with its line.
     */
    @PreAuthorize("hasAuthority('organization:roster:import')")
    @Transactional(rollbackFor = RosterRejected.class)
    public int confirm(List<RosterRow> rows) {
        String actor = currentUser.actor();
        for (RosterRow row : rows) {
            try {
                PartyOrganization organization = members.organizationInScope(row.organizationId());
                members.createUnchecked(organization, row.details(), row.posts(), actor);
            } catch (DomainException e) {
                throw new RosterRejected(List.of(new RosterError(row.line(), "—", messages.of(e))));
            }
        }
        return rows.size();
    }
}
