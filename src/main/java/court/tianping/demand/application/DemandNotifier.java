package court.tianping.demand.application;

import court.tianping.demand.DemandAssigned;
import court.tianping.demand.DemandDispatched;
import court.tianping.demand.DemandEscalated;
import court.tianping.demand.DemandReturned;
import court.tianping.demand.DemandVisited;
import court.tianping.demand.Satisfaction;
import court.tianping.platform.Notifications;
import court.tianping.platform.Notifications.Recipient;
import court.tianping.platform.Role;
import org.springframework.context.event.EventListener;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells the people of the next step, in the same transaction as the step itself. */
@Component
class DemandNotifier {

    private final Notifications notifications;
    private final KeptReferences kept;

    DemandNotifier(Notifications notifications, KeptReferences kept) {
        this.notifications = notifications;
        this.kept = kept;
    }

    @EventListener
    void on(DemandDispatched event) {
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(Recipient.organization(event.court(), Role.BRANCH_SECRETARY, event.branchId()));
        kept.cells(event.branchId()).forEach(cell ->
                recipients.add(Recipient.organization(event.court(), Role.CELL_LEADER, cell.id())));
        notifications.send(recipients, link(event.demandId()), "notice.demand.dispatched", event.demandId());
    }

    @EventListener
    void on(DemandReturned event) {
        notifications.send(Recipient.role(event.court(), Role.PARTY_OFFICE), link(event.demandId()),
                "notice.demand.returned", event.demandId(), event.reason());
    }

    @EventListener
    void on(DemandAssigned event) {
        notifications.send(Recipient.member(event.court(), event.memberId()), link(event.demandId()),
                "notice.demand.assigned", event.demandId());
    }

    @EventListener
    void on(DemandVisited event) {
        if (event.satisfaction() == Satisfaction.UNSATISFIED) {
            notifications.send(Recipient.role(event.court(), Role.PARTY_OFFICE), link(event.demandId()),
                    "notice.demand.unsatisfied", event.demandId());
        }
    }

    @EventListener
    void on(DemandEscalated event) {
        String step = "enum.DeadlineStep." + event.step();
        Recipient to = event.level() >= 2 || event.branchId() == null
                ? Recipient.role(event.court(), Role.PARTY_OFFICE)
                : Recipient.organization(event.court(), Role.BRANCH_SECRETARY, event.branchId());
        notifications.send(to, link(event.demandId()), "notice.demand.escalated", event.demandId(), step);
    }

    private static String link(long demandId) {
        return "/demands/" + demandId;
    }
}
