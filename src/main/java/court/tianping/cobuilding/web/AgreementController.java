package court.tianping.cobuilding.web;

import court.tianping.cobuilding.AgreementState;
import court.tianping.cobuilding.application.Agreements;
import court.tianping.cobuilding.application.CobuildingAccess;
import court.tianping.cobuilding.application.Partners;
import court.tianping.cobuilding.application.Upload;
import court.tianping.cobuilding.web.Forms.AgreementForm;
import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/** Co-building agreements: the list with those expiring flagged, drafting, the agreement's page, signing and termination. */
@Controller
class AgreementController {

    private static final int PAGE_SIZE = 20;

    private final Agreements agreements;
    private final Partners partners;
    private final CobuildingAccess access;
    private final Messages messages;
    private final Links links;

    AgreementController(Agreements agreements, Partners partners, CobuildingAccess access, Messages messages, Links links) {
        this.agreements = agreements;
        this.partners = partners;
        this.access = access;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/cobuilding/agreements")
    @PreAuthorize("hasAuthority('cobuilding:read')")
    String list(@RequestParam(required = false) AgreementState state, @RequestParam(defaultValue = "false") boolean expiring,
                @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<Agreements.AgreementRow> rows = agreements.list(state, expiring, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("agreements", rows);
        model.addAttribute("pager", links.pager(rows));
        model.addAttribute("state", state);
        model.addAttribute("expiring", expiring);
        model.addAttribute("states", AgreementState.values());
        return "cobuilding/agreements";
    }

    @GetMapping("/cobuilding/agreements/new")
    @PreAuthorize("hasAuthority('cobuilding:record')")
    String form(Model model) {
        return form(AgreementForm.empty(), model);
    }

    private String form(AgreementForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("chosenPartners", form.chosenPartners());
        model.addAttribute("chosenBranches", form.chosenBranches());
        model.addAttribute("partnerChoices", partners.choices());
        model.addAttribute("branchChoices", access.ownBranches());
        return "cobuilding/agreement-form";
    }

    @PostMapping("/cobuilding/agreements")
    @PreAuthorize("hasAuthority('cobuilding:record')")
    String draft(@ModelAttribute AgreementForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("failure", messages.get("error.cobuilding.unreadable-form"));
            return form(AgreementForm.empty(), model);
        }
        try {
            long id = agreements.draft(form.terms(), form.partners(), form.branches());
            redirect.addFlashAttribute("notice", messages.get("cobuilding.done.drafted"));
            return "redirect:/cobuilding/agreements/" + id;
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("failure", messages.of(e));
            return form(form, model);
        }
    }

    @GetMapping("/cobuilding/agreements/{id}")
    @PreAuthorize("hasAuthority('cobuilding:read')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("view", agreements.view(id));
        return "cobuilding/agreement";
    }

    @PostMapping("/cobuilding/agreements/{id}/sign")
    @PreAuthorize("hasAuthority('cobuilding:record')")
    String sign(@PathVariable long id, @RequestParam(required = false) Integer version,
                @RequestParam(required = false) String signedOn,
                @RequestParam(name = "document", required = false) MultipartFile document, RedirectAttributes redirect) {
        Upload upload = document == null ? null : new Upload(document.getOriginalFilename(), document.getSize(), document);
        return act(id, redirect, "cobuilding.done.signed", () -> agreements.sign(id, seen(version), date(signedOn), upload));
    }

    @PostMapping("/cobuilding/agreements/{id}/terminate")
    @PreAuthorize("hasAuthority('cobuilding:record')")
    String terminate(@PathVariable long id, @RequestParam(required = false) Integer version,
                     @RequestParam(required = false) String terminatedOn, @RequestParam(required = false) String reason,
                     RedirectAttributes redirect) {
        return act(id, redirect, "cobuilding.done.terminated",
                () -> agreements.terminate(id, seen(version), date(terminatedOn), reason));
    }

    @GetMapping("/cobuilding/agreements/{id}/document")
    @PreAuthorize("hasAuthority('cobuilding:read')")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        Agreements.Document file = agreements.document(id);
        return Downloads.file(file.fileName(), file.contentType(), file.content(), false);
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", messages.get(done));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", messages.get("error.concurrent-change"));
        }
        return "redirect:/cobuilding/agreements/" + id;
    }

    /** A date typed on a form; one that cannot be read is refused with a message, not an error page. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException("error.cobuilding.bad-date", value.strip());
        }
    }

    private static int seen(Integer version) {
        return version == null ? -1 : version;
    }
}
