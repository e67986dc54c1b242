package court.tianping.platform.web;

import court.tianping.core.DomainException;
import court.tianping.platform.AccountAdministration;
import court.tianping.platform.AccountAdministration.AccountForm;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import court.tianping.platform.Role;
import court.tianping.platform.ScopeResolver;
import court.tianping.core.ScopeLevel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;

@Controller
@PreAuthorize("hasAuthority('platform:user:manage')")
class AccountAdministrationController {

    private final AccountAdministration administration;
    private final ScopeResolver anchors;
    private final CurrentUser currentUser;
    private final Messages messages;

    AccountAdministrationController(AccountAdministration administration, ScopeResolver anchors, CurrentUser currentUser,
                                    Messages messages) {
        this.administration = administration;
        this.anchors = anchors;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) Long court, Model model) {
        model.addAttribute("accounts", administration.list());
        var courts = anchors.courts(currentUser.scope());
        Long selected = court != null ? court : currentUser.require().courtId();
        model.addAttribute("courts", courts);
        model.addAttribute("selectedCourt", selected);
        model.addAttribute("organizations", anchors.organizations(currentUser.scope(), selected));
        boolean cityWide = currentUser.scope().level() == ScopeLevel.CITY;
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> cityWide || r != Role.PLATFORM_ADMIN).toList());
        return "platform/users";
    }

    @PostMapping("/admin/users")
    String open(@ModelAttribute AccountForm form, RedirectAttributes redirect) {
        try {
            administration.open(form);
            redirect.addFlashAttribute("notice", messages.get("account.created", form.username()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/users" + (form.courtId() == null ? "" : "?court=" + form.courtId());
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        return act(redirect, () -> administration.setEnabled(id, enabled), enabled ? "account.enabled" : "account.disabled");
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> administration.unlock(id), "account.unlocked");
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password,
                         RedirectAttributes redirect) {
        return act(redirect, () -> administration.resetPassword(id, password), "account.password-reset");
    }

    private String act(RedirectAttributes redirect, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.get(doneKey));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/users";
    }
}
