package court.tianping.platform.web;

import court.tianping.core.DomainException;
import court.tianping.platform.ApiTokens;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


@Controller
@PreAuthorize("hasAuthority('platform:token:manage')")
class TokenController {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;
    private final Messages messages;
    TokenController(ApiTokens tokens, CurrentUser currentUser, Messages messages) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.list());
        return "platform/tokens";
    }

    @PostMapping("/admin/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String username,
                         RedirectAttributes redirect) {
        String actor = currentUser.actor();
        try {
            String token = tokens.create(name, username, actor);
            redirect.addFlashAttribute("createdToken", token);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(id, currentUser.actor());
            redirect.addFlashAttribute("notice", messages.get("tokens.revoked"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/tokens";
    }
}
