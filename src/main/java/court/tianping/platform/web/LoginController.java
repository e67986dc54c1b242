package court.tianping.platform.web;

import court.tianping.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final CurrentUser currentUser;

    LoginController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/login")
    String login() {
        return currentUser.user().isPresent() ? "redirect:/" : "platform/login";
    }
}
