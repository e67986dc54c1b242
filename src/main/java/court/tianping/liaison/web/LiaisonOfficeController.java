package court.tianping.liaison.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.liaison.SuggestionState;
import court.tianping.liaison.UnitKind;
import court.tianping.liaison.application.LiaisonFigures.Period;
import court.tianping.liaison.application.LiaisonFigures;
import court.tianping.liaison.application.LiaisonPeople;
import court.tianping.liaison.application.LiaisonQueries.Filter;
import court.tianping.liaison.application.LiaisonQueries;
import court.tianping.liaison.application.LiaisonWork;
import court.tianping.liaison.domain.LiaisonUnit;
import court.tianping.liaison.web.Forms.AssignForm;
import court.tianping.liaison.web.Forms.UnitForm;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.platform.PageSteps;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The Party-affairs office's side: the overview of figures and the suggestions register, units and assignments. */
@Controller
class LiaisonOfficeController {

    private final LiaisonWork work;
    private final LiaisonQueries queries;
    private final LiaisonFigures figures;
    private final LiaisonPeople people;
    private final PageSteps steps;
    private final Links links;
    private final Messages messages;

    LiaisonOfficeController(LiaisonWork work, LiaisonQueries queries, LiaisonFigures figures, LiaisonPeople people,
                            PageSteps steps, Links links, Messages messages) {
        this.work = work;
        this.queries = queries;
        this.figures = figures;
        this.people = people;
        this.steps = steps;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/liaison/overview")
    @PreAuthorize("hasAuthority('liaison:figures')")
    String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) SuggestionState state, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        Period period;
        try {
            period = Period.of(from, to, figures.today());
        } catch (DomainException e) {
            model.addAttribute("failure", messages.of(e));
            period = Period.of(null, null, figures.today());
        }
        model.addAttribute("period", period);
        model.addAttribute("figures", figures.of(period));
        model.addAttribute("state", state);
        model.addAttribute("states", SuggestionState.values());
        PageResult<LiaisonQueries.SuggestionRow> register = queries.suggestions(
                new Filter(null, period.from(), period.to(), state), Math.max(0, page), 20);
        model.addAttribute("register", register);
        model.addAttribute("pager", links.pager(register));
        return "liaison/overview";
    }

    @GetMapping("/liaison/suggestions.xlsx")
    @PreAuthorize("hasAuthority('liaison:figures')")
    ResponseEntity<byte[]> register(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.of(from, to, figures.today());
        byte[] body = new SuggestionRegisterWorkbook(messages).write(period, queries.register(period.from(), period.to()));
        String name = messages.get("liaison.register.file", period.from(), period.to());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }

    @GetMapping("/liaison/units")
    @PreAuthorize("hasAuthority('liaison:manage')")
    String units(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<LiaisonQueries.UnitRow> result = queries.units(q, Math.max(0, page), 20);
        model.addAttribute("result", result);
        model.addAttribute("pager", links.pager(result));
        model.addAttribute("q", q);
        model.addAttribute("kinds", UnitKind.values());
        return "liaison/units";
    }

    @PostMapping("/liaison/units")
    @PreAuthorize("hasAuthority('liaison:manage')")
    String register(@ModelAttribute UnitForm form, BindingResult binding, RedirectAttributes redirect) {
        return steps.create(redirect, binding, "unitForm", form, "/liaison/units", "liaison.done.unit-registered",
                () -> work.registerUnit(form.name(), form.kind(), form.district(), form.street(), form.contactName(),
                        form.contactPhone()), id -> "/liaison/units/" + id);
    }

    @GetMapping("/liaison/units/{id}")
    @PreAuthorize("hasAuthority('liaison:manage')")
    String unit(@PathVariable long id, Model model) {
        LiaisonUnit unit = work.unit(id);
        model.addAttribute("unit", unit);
        model.addAttribute("liaisons", queries.liaisons(null, id));
        model.addAttribute("members", people.membersOfCourt(unit.courtId()));
        model.addAttribute("today", figures.today());
        return "liaison/unit";
    }

    @PostMapping("/liaison/units/{id}/liaisons")
    @PreAuthorize("hasAuthority('liaison:manage')")
    String assign(@PathVariable long id, @ModelAttribute AssignForm form, BindingResult binding, RedirectAttributes redirect) {
        work.unit(id);
        return steps.create(redirect, binding, "assignForm", form, "/liaison/units/" + id, "liaison.done.assigned",
                () -> work.assign(id, form.judgeMemberId(), form.startsOn(), form.endsOn()), x -> "/liaison/units/" + id);
    }

    @PostMapping("/liaison/liaisons/{id}/end")
    @PreAuthorize("hasAuthority('liaison:manage')")
    String end(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
               RedirectAttributes redirect) {
        long unit = work.liaison(id).unitId();
        return steps.run(redirect, "/liaison/units/" + unit, "liaison.done.ended", () -> work.endLiaison(id, endsOn));
    }
}
