package court.tianping.liaison.web;

import court.tianping.liaison.application.LiaisonAccess;
import court.tianping.liaison.application.LiaisonFigures.Period;
import court.tianping.liaison.application.LiaisonFigures;
import court.tianping.liaison.application.LiaisonPeople;
import court.tianping.liaison.application.LiaisonQueries.Filter;
import court.tianping.liaison.application.LiaisonQueries;
import court.tianping.liaison.application.LiaisonWork;
import court.tianping.liaison.domain.JudicialSuggestion;
import court.tianping.liaison.domain.Visit;
import court.tianping.liaison.web.Forms.ResolutionForm;
import court.tianping.liaison.web.Forms.SuggestionForm;
import court.tianping.liaison.web.Forms.VisitForm;
import court.tianping.platform.Links;
import court.tianping.platform.PageSteps;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;

/** A judge's own liaison work: their units, their visits, suggestions and resolutions, and the forms to log them. */
@Controller
class LiaisonController {

    private final LiaisonWork work;
    private final LiaisonQueries queries;
    private final LiaisonFigures figures;
    private final LiaisonPeople people;
    private final LiaisonAccess access;
    private final PageSteps steps;
    private final Links links;

    LiaisonController(LiaisonWork work, LiaisonQueries queries, LiaisonFigures figures, LiaisonPeople people,
                      LiaisonAccess access, PageSteps steps, Links links) {
        this.work = work;
        this.queries = queries;
        this.figures = figures;
        this.people = people;
        this.access = access;
        this.steps = steps;
        this.links = links;
    }

    @GetMapping("/liaison")
    @PreAuthorize("hasAuthority('liaison:read')")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        Long me = access.memberId();
        LocalDate today = figures.today();
        Period year = Period.of(null, null, today);
        model.addAttribute("judge", me != null);
        model.addAttribute("today", today);
        if (me == null) {
            return "liaison/mine";
        }
        model.addAttribute("liaisons", queries.liaisons(me, null));
        model.addAttribute("year", year);
        model.addAttribute("tally", figures.of(year, me).total());
        var suggestions = queries.suggestions(Filter.judge(me), Math.max(0, page), 20);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("pager", links.pager(suggestions));
        model.addAttribute("visits", queries.visits(Filter.judge(me), 0, 10).content());
        model.addAttribute("resolutions", queries.resolutions(Filter.judge(me), 0, 10).content());
        return "liaison/mine";
    }

    @PostMapping("/liaison/visits")
    @PreAuthorize("hasAuthority('liaison:record')")
    String logVisit(@ModelAttribute VisitForm form, BindingResult binding, RedirectAttributes redirect) {
        return steps.create(redirect, binding, "visitForm", form, "/liaison#visit-form", "liaison.done.visit-logged",
                () -> work.logVisit(form.liaisonId(), form.visitedOn(), form.topics(), form.followUps()),
                id -> "/liaison/visits/" + id);
    }

    @GetMapping("/liaison/visits/{id}")
    @PreAuthorize("hasAuthority('liaison:read')")
    String visit(@PathVariable long id, Model model) {
        Visit visit = work.visit(id);
        model.addAttribute("visit", visit);
        model.addAttribute("judgeName", people.memberNames(List.of(visit.judgeMemberId())).get(visit.judgeMemberId()));
        model.addAttribute("unitName", unitName(visit.unitId()));
        model.addAttribute("today", figures.today());
        return "liaison/visit";
    }

    @PostMapping("/liaison/visits/{id}/follow-ups")
    @PreAuthorize("hasAuthority('liaison:record')")
    String followUpDone(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                        @RequestParam(defaultValue = "-1") int followUp,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
                        RedirectAttributes redirect) {
        return steps.run(redirect, "/liaison/visits/" + id, "liaison.done.follow-up-done",
                () -> work.followUpDone(id, version, followUp, doneOn));
    }

    @PostMapping("/liaison/suggestions")
    @PreAuthorize("hasAuthority('liaison:record')")
    String issue(@ModelAttribute SuggestionForm form, BindingResult binding, RedirectAttributes redirect) {
        return steps.create(redirect, binding, "suggestionForm", form, "/liaison#suggestion-form", "liaison.done.issued",
                () -> work.issue(form.liaisonId(), form.subject(), form.issuedOn(), form.replyDue()),
                id -> "/liaison/suggestions/" + id);
    }

    @GetMapping("/liaison/suggestions/{id}")
    @PreAuthorize("hasAuthority('liaison:read')")
    String suggestion(@PathVariable long id, Model model) {
        JudicialSuggestion s = work.suggestion(id);
        model.addAttribute("suggestion", s);
        model.addAttribute("judgeName", people.memberNames(List.of(s.judgeMemberId())).get(s.judgeMemberId()));
        model.addAttribute("unitName", unitName(s.unitId()));
        model.addAttribute("overdue", s.overdue(figures.today()));
        model.addAttribute("today", figures.today());
        return "liaison/suggestion";
    }

    @PostMapping("/liaison/suggestions/{id}/reply")
    @PreAuthorize("hasAuthority('liaison:record')")
    String reply(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repliedOn,
                 @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        redirect.addFlashAttribute("replyText", reply);
        return steps.run(redirect, "/liaison/suggestions/" + id, "liaison.done.replied",
                () -> work.reply(id, version, repliedOn, reply));
    }

    @PostMapping("/liaison/suggestions/{id}/decision")
    @PreAuthorize("hasAuthority('liaison:record')")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                  @RequestParam(required = false) Boolean adopted,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                  RedirectAttributes redirect) {
        return steps.run(redirect, "/liaison/suggestions/" + id, "liaison.done.decided",
                () -> work.decide(id, version, adopted, decidedOn));
    }

    @PostMapping("/liaison/resolutions")
    @PreAuthorize("hasAuthority('liaison:record')")
    String resolve(@ModelAttribute ResolutionForm form, BindingResult binding, RedirectAttributes redirect) {
        return steps.create(redirect, binding, "resolutionForm", form, "/liaison#resolution-form", "liaison.done.resolved",
                () -> work.resolve(form.liaisonId(), form.resolvedOn(), form.summary()), id -> "/liaison#resolutions");
    }

    private String unitName(long unitId) {
        return queries.unitName(unitId);
    }
}
