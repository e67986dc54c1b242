package court.tianping.study.web;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.platform.Messages;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a step from a detail page and goes back to it: with a notice when done, with the reason when refused. */
@Component
class Actions {

    private final Messages messages;

    Actions(Messages messages) {
        this.messages = messages;
    }

    String run(RedirectAttributes redirect, String back, String doneKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", messages.get(doneKey));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:" + back;
    }
}
