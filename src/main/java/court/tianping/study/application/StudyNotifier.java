package court.tianping.study.application;

import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.Unit;
import court.tianping.organization.OrganizationType;
import court.tianping.platform.Notifications;
import court.tianping.platform.Notifications.Recipient;
import court.tianping.platform.Role;
import court.tianping.study.StudyInspected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Tells the inspected branch (or group and its branch) what a 督学 inspection found, in the same transaction. */
@Component
class StudyNotifier {

    private final Notifications notifications;
    private final OrganizationDirectory directory;

    StudyNotifier(Notifications notifications, OrganizationDirectory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    @EventListener
    void on(StudyInspected event) {
        if (event.findings() == 0) {
            return;
        }
        List<Recipient> recipients = new ArrayList<>();
        directory.unit(event.organizationId()).ifPresent(unit -> {
            if (unit.type() == OrganizationType.CELL) {
                recipients.add(Recipient.organization(event.court(), Role.CELL_LEADER, unit.id()));
                if (unit.parentId() != null) {
                    recipients.add(Recipient.organization(event.court(), Role.BRANCH_SECRETARY, unit.parentId()));
                }
            } else {
                recipients.add(secretaryOf(event.court(), unit));
            }
        });
        if (!recipients.isEmpty()) {
            notifications.send(recipients, "/study/inspections/" + event.inspectionId(), "notice.study.findings", event.findings());
        }
    }

    private static Recipient secretaryOf(long court, Unit unit) {
        return Recipient.organization(court, Role.BRANCH_SECRETARY, unit.id());
    }
}
