package court.tianping.platform;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Runs a step of a page and goes on: with a notice when done; when refused, back with the reason and, for a form,
 * what was typed into it, so that nothing is lost.
 */
@Component
public class PageSteps {

    private final Messages messages;

    PageSteps(Messages messages) {
        this.messages = messages;
    }

    public String run(RedirectAttributes redirect, String back, String doneKey, Runnable step) {
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

    /** Submits a form that creates a record: to the record's page when done, back to the form, filled, when refused. */
    public String create(RedirectAttributes redirect, BindingResult binding, String formName, Object form, String back,
                  String doneKey, LongSupplier step, LongFunction<String> created) {
        if (binding != null && binding.hasErrors()) {
            return refused(redirect, formName, form, back, messages.get("error.form.unreadable"));
        }
        try {
            long id = step.getAsLong();
            redirect.addFlashAttribute("notice", messages.get(doneKey));
            return "redirect:" + created.apply(id);
        } catch (NotFoundException e) {
            return refused(redirect, formName, form, back, messages.of(e));
        } catch (DomainException e) {
            return refused(redirect, formName, form, back, messages.of(e));
        }
    }

    private static String refused(RedirectAttributes redirect, String formName, Object form, String back, String message) {
        redirect.addFlashAttribute("failure", message);
        redirect.addFlashAttribute(formName, form);
        return "redirect:" + back;
    }
}
