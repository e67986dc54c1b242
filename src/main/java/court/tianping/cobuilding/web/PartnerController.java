package court.tianping.cobuilding.web;

import court.tianping.cobuilding.PartnerType;
import court.tianping.cobuilding.application.Partners;
import court.tianping.cobuilding.web.Forms.PartnerForm;
import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The court's partners: the list (contact phones masked) with the form to register one. */
@Controller
class PartnerController {

    private static final int PAGE_SIZE = 20;

    private final Partners partners;
    private final Messages messages;
    private final Links links;

    PartnerController(Partners partners, Messages messages, Links links) {
        this.partners = partners;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/cobuilding/partners")
    @PreAuthorize("hasAuthority('cobuilding:read')")
    String list(@RequestParam(required = false) PartnerType type, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        return page(type, q, Math.max(page, 0), PartnerForm.empty(), model);
    }

    private String page(PartnerType type, String q, int page, PartnerForm form, Model model) {
        PageResult<Partners.PartnerRow> rows = partners.list(type, q, page, PAGE_SIZE);
        model.addAttribute("partners", rows);
        model.addAttribute("pager", links.pager(rows));
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        model.addAttribute("types", PartnerType.values());
        model.addAttribute("streets", partners.streetNames());
        model.addAttribute("form", form);
        return "cobuilding/partners";
    }

    @PostMapping("/cobuilding/partners")
    @PreAuthorize("hasAuthority('cobuilding:record')")
    String register(@ModelAttribute PartnerForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("failure", messages.get("error.cobuilding.unreadable-form"));
            return page(null, null, 0, PartnerForm.empty(), model);
        }
        try {
            partners.register(form.details());
            redirect.addFlashAttribute("notice", messages.get("cobuilding.done.partner"));
            return "redirect:/cobuilding/partners";
        } catch (DomainException e) {
            model.addAttribute("failure", messages.of(e));
            return page(null, null, 0, form, model);
        }
    }
}
