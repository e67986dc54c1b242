package court.tianping.study.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.study.InspectionMethod;
import court.tianping.study.InspectionState;
import court.tianping.study.application.StudyAccess;
import court.tianping.study.application.StudyInspections;
import court.tianping.study.application.StudyPeople;
import court.tianping.study.application.StudyQueries;
import court.tianping.study.domain.StudyInspection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;

/** 督学: the inspections, planning one, recording what was found, following findings up and closing them. */
@Controller
class InspectionController {

    private final StudyInspections inspections;
    private final StudyQueries queries;
    private final StudyPeople people;
    private final StudyAccess access;
    private final StudyChoices choices;
    private final Actions actions;
    private final Messages messages;
    private final Links links;

    InspectionController(StudyInspections inspections, StudyQueries queries, StudyPeople people, StudyAccess access,
                         StudyChoices choices, Actions actions, Messages messages, Links links) {
        this.inspections = inspections;
        this.queries = queries;
        this.people = people;
        this.access = access;
        this.choices = choices;
        this.actions = actions;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/study/inspections")
    @PreAuthorize("hasAuthority('study:read')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<StudyQueries.InspectionRow> result = queries.inspections(Math.max(0, page), 20);
        model.addAttribute("result", result);
        model.addAttribute("pager", links.pager(result));
        return "study/inspections";
    }

    @GetMapping("/study/inspections/new")
    @PreAuthorize("hasAuthority('study:inspect')")
    String form(Model model) {
        return form(null, null, null, null, null, model);
    }

    @PostMapping("/study/inspections")
    @PreAuthorize("hasAuthority('study:inspect')")
    String plan(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long youthGroupId,
                @RequestParam(required = false) InspectionMethod method,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
                Model model, RedirectAttributes redirect) {
        try {
            long id = inspections.plan(organizationId, youthGroupId, method, plannedOn);
            redirect.addFlashAttribute("notice", messages.get("study.done.inspection-planned"));
            return "redirect:/study/inspections/" + id;
        } catch (DomainException e) {
            String error = e instanceof court.tianping.core.NotFoundException
                    ? messages.get("error.study.unknown-organization", organizationId) : messages.of(e);
            return form(organizationId, youthGroupId, method, plannedOn, error, model);
        }
    }

    private String form(Long organizationId, Long youthGroupId, InspectionMethod method, LocalDate plannedOn, String error,
                        Model model) {
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("youthGroupId", youthGroupId);
        model.addAttribute("method", method);
        model.addAttribute("plannedOn", plannedOn);
        model.addAttribute("error", error);
        model.addAttribute("branches", choices.branches());
        model.addAttribute("groups", queries.groupChoices());
        model.addAttribute("methods", InspectionMethod.values());
        return "study/inspection-form";
    }

    @GetMapping("/study/inspections/{id}")
    @PreAuthorize("hasAuthority('study:read')")
    String detail(@PathVariable long id, Model model) {
        StudyInspection inspection = inspections.visible(id);
        model.addAttribute("inspection", inspection);
        model.addAttribute("organization", people.unitNames(List.of(inspection.organizationId())).get(inspection.organizationId()));
        model.addAttribute("inspector", people.memberNames(List.of(inspection.inspectorMemberId())).get(inspection.inspectorMemberId()));
        model.addAttribute("planned", inspection.state() == InspectionState.PLANNED);
        return "study/inspection";
    }

    @PostMapping("/study/inspections/{id}/result")
    @PreAuthorize("hasAuthority('study:inspect')")
    String inspect(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
                   @RequestParam(required = false) String summary, @RequestParam(required = false) String findings,
                   RedirectAttributes redirect) {
        return actions.run(redirect, "/study/inspections/" + id, "study.done.inspected",
                () -> inspections.inspect(id, version, inspectedOn, summary, findings));
    }

    @PostMapping("/study/inspections/{id}/follow-up")
    @PreAuthorize("hasAuthority('study:record')")
    String followUp(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                    @RequestParam(defaultValue = "-1") int finding, @RequestParam(required = false) String followUp,
                    RedirectAttributes redirect) {
        return actions.run(redirect, "/study/inspections/" + id, "study.done.followed-up",
                () -> inspections.followUp(id, version, finding, followUp));
    }

    @PostMapping("/study/inspections/{id}/close")
    @PreAuthorize("hasAuthority('study:inspect')")
    String close(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                 @RequestParam(defaultValue = "-1") int finding, RedirectAttributes redirect) {
        return actions.run(redirect, "/study/inspections/" + id, "study.done.finding-closed",
                () -> inspections.close(id, version, finding));
    }
}
