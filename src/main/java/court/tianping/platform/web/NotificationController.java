package court.tianping.platform.web;

import court.tianping.platform.Notifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's notifications: escalations, new work and returned demands. */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("notifications", notifications.latest(100));
        return "platform/notifications";
    }

    @PostMapping("/notifications/read")
    @PreAuthorize("isAuthenticated()")
    String markAllRead() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
