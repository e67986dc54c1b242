package court.tianping.platform.web;

import court.tianping.core.DomainException;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import court.tianping.platform.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

    record PasswordForm(String currentPassword, String newPassword, String confirmation) {
        static PasswordForm empty() {
            return new PasswordForm("", "", "");
        }
    }

    private final UserAccounts accounts;
    private final CurrentUser currentUser;
    private final Messages messages;
    AccountController(UserAccounts accounts, CurrentUser currentUser, Messages messages) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return "platform/password";
    }

    @PostMapping("/account/password")
    String change(@ModelAttribute("form") PasswordForm form, Model model, RedirectAttributes redirect) {
        String username = currentUser.require().username();
        try {
            accounts.changePassword(username, nullToEmpty(form.currentPassword()), nullToEmpty(form.newPassword()),
                    nullToEmpty(form.confirmation()));
        } catch (DomainException e) {
            model.addAttribute("form", PasswordForm.empty());
            model.addAttribute("error", messages.of(e));
            return "platform/password";
        }
        redirect.addFlashAttribute("notice", messages.get("account.password.changed"));
        return "redirect:/";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
