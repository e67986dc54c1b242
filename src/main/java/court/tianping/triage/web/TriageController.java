package court.tianping.triage.web;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import court.tianping.triage.TriageAcceptance;
import court.tianping.triage.TriageModels;
import court.tianping.triage.TriageSubjects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The triage page of the Party-affairs office: the court's model versions (learn now, go back to the previous
 * one) and how often the dispatchers accepted the suggestions, per category and per month.
 */
@Controller
@PreAuthorize("hasAuthority('triage:manage')")
class TriageController {

    private final TriageModels models;
    private final TriageAcceptance acceptance;
    private final TriageSubjects subjects;
    private final OrganizationDirectory directory;
    private final CurrentUser currentUser;
    private final Messages messages;

    TriageController(TriageModels models, TriageAcceptance acceptance, TriageSubjects subjects,
                     OrganizationDirectory directory, CurrentUser currentUser, Messages messages) {
        this.models = models;
        this.acceptance = acceptance;
        this.subjects = subjects;
        this.directory = directory;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/triage")
    String page(@RequestParam(required = false) Long court, Model model) {
        long chosen = court(court);
        model.addAttribute("court", directory.court(chosen).orElseThrow());
        model.addAttribute("courts", subjects.courts().stream().filter(this::inScope)
                .map(directory::court).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("versions", models.versions(chosen));
        List<TriageAcceptance.Rate> byLabel = acceptance.byLabel(chosen);
        model.addAttribute("overall", TriageAcceptance.overall(byLabel));
        model.addAttribute("byLabel", byLabel);
        model.addAttribute("byMonth", acceptance.byMonth(chosen));
        Map<String, String> labelNames = new LinkedHashMap<>(subjects.labelNames(chosen));
        labelNames.put(TriageSubjects.NOT_A_LEGAL_MATTER, messages.get("triage.not-a-legal-matter"));
        model.addAttribute("labelNames", labelNames);
        return "triage/index";
    }

    @PostMapping("/triage/retrain")
    String retrain(@RequestParam(required = false) Long court, RedirectAttributes redirect) {
        long chosen = court(court);
        models.retrain(chosen, currentUser.actor()).ifPresentOrElse(
                version -> {
                    models.suggestForWaiting(chosen);
                    redirect.addFlashAttribute("notice", messages.get("triage.done.trained", version.version(), version.examples()));
                },
                () -> redirect.addFlashAttribute("error", messages.get("error.triage.too-few-examples", TriageModels.MINIMUM_EXAMPLES)));
        return "redirect:/triage?court=" + chosen;
    }

    @PostMapping("/triage/rollback")
    String rollBack(@RequestParam(required = false) Long court, RedirectAttributes redirect) {
        long chosen = court(court);
        try {
            int version = models.rollBack(chosen, currentUser.actor()).version();
            redirect.addFlashAttribute("notice", messages.get("triage.done.rolled-back", version));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/triage?court=" + chosen;
    }

    private long court(Long requested) {
        Long own = currentUser.require().courtId();
        long court = requested != null ? requested : own == null ? -1 : own;
        if (!inScope(court) || directory.court(court).isEmpty()) {
            throw new DomainException("error.triage.court-out-of-scope");
        }
        return court;
    }

    private boolean inScope(long court) {
        return currentUser.scope().courtIds().contains(court) || Long.valueOf(court).equals(currentUser.require().courtId());
    }
}
