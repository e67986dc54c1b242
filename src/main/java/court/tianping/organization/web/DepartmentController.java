package court.tianping.organization.web;

import court.tianping.core.DomainException;
import court.tianping.organization.DepartmentKind;
import court.tianping.organization.application.CourtChoice;
import court.tianping.organization.application.DepartmentCommands;
import court.tianping.organization.application.OrganizationCatalog;
import court.tianping.organization.application.OrganizationQueries;
import court.tianping.organization.domain.TrialTeam;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Departments (庭室) and trial teams (审判团队) of a court. */
@Controller
class DepartmentController {

    private final OrganizationQueries queries;
    private final OrganizationCatalog catalog;
    private final DepartmentCommands commands;
    private final CurrentUser currentUser;
    private final Messages messages;

    DepartmentController(OrganizationQueries queries, OrganizationCatalog catalog, DepartmentCommands commands,
                         CurrentUser currentUser, Messages messages) {
        this.queries = queries;
        this.catalog = catalog;
        this.commands = commands;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/departments")
    @PreAuthorize("hasAuthority('organization:unit:edit')")
    String list(@RequestParam(required = false) Long court, Model model) {
        List<CourtChoice> courts = queries.courtChoices();
        CourtChoice selected = courts.stream().filter(c -> Objects.equals(c.id(), court)).findFirst()
                .or(() -> courts.stream().filter(c -> Objects.equals(c.id(), currentUser.require().courtId())).findFirst())
                .or(() -> courts.stream().findFirst()).orElse(null);
        model.addAttribute("courts", courts);
        model.addAttribute("selectedCourt", selected);
        model.addAttribute("kinds", DepartmentKind.values());
        if (selected != null) {
            model.addAttribute("departments", catalog.departments(selected.id()));
            Map<Long, List<TrialTeam>> teams = catalog.trialTeams(selected.id()).stream()
                    .collect(Collectors.groupingBy(TrialTeam::departmentId));
            model.addAttribute("teams", teams);
        }
        return "organization/departments";
    }

    @PostMapping("/departments")
    @PreAuthorize("hasAuthority('organization:unit:edit')")
    String addDepartment(@RequestParam(required = false) Long courtId, @RequestParam(defaultValue = "") String name,
                         @RequestParam(required = false) DepartmentKind kind, RedirectAttributes redirect) {
        try {
            if (courtId == null) {
                throw new DomainException("error.department.out-of-scope");
            }
            commands.addDepartment(courtId, name, kind);
            redirect.addFlashAttribute("notice", messages.get("department.created", name.strip()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/departments" + (courtId == null ? "" : "?court=" + courtId);
    }

    @PostMapping("/departments/teams")
    @PreAuthorize("hasAuthority('organization:unit:edit')")
    String addTrialTeam(@RequestParam(required = false) Long departmentId, @RequestParam(defaultValue = "") String name,
                        @RequestParam(required = false) Long courtId, RedirectAttributes redirect) {
        try {
            if (departmentId == null) {
                throw new DomainException("error.department.out-of-scope");
            }
            commands.addTrialTeam(departmentId, name);
            redirect.addFlashAttribute("notice", messages.get("trial-team.created", name.strip()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/departments" + (courtId == null ? "" : "?court=" + courtId);
    }
}
