package court.tianping.organization.web;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.application.CourtNode;
import court.tianping.organization.application.MemberCommands;
import court.tianping.organization.application.MemberFilter;
import court.tianping.organization.application.MemberQueries;
import court.tianping.organization.application.OrganizationCatalog;
import court.tianping.organization.application.OrganizationCommands;
import court.tianping.organization.application.OrganizationNode;
import court.tianping.organization.application.OrganizationQueries;
import court.tianping.organization.domain.PartyOrganization;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
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

import java.util.List;
import java.util.Objects;

@Controller
class OrganizationController {

    private final OrganizationQueries queries;
    private final OrganizationCommands commands;
    private final OrganizationCatalog catalog;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final MemberQueries members;
    private final MemberCommands memberCommands;

    OrganizationController(OrganizationQueries queries, OrganizationCommands commands, OrganizationCatalog catalog,
                           CurrentUser currentUser, Messages messages, MemberQueries members,
                           MemberCommands memberCommands) {
        this.members = members;
        this.memberCommands = memberCommands;
        this.queries = queries;
        this.commands = commands;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/organizations")
    @PreAuthorize("hasAuthority('organization:read')")
    String tree(@RequestParam(required = false) Long court, Model model) {
        List<CourtNode> courts = queries.courts();
        CourtNode selected = courts.stream().filter(c -> Objects.equals(c.id(), court)).findFirst()
                .or(() -> courts.stream().filter(c -> Objects.equals(c.id(), currentUser.require().courtId())).findFirst())
                .or(() -> courts.stream().filter(c -> c.organizations() > 0).findFirst())
                .orElse(null);
        model.addAttribute("courts", courts);
        model.addAttribute("selectedCourt", selected);
        List<OrganizationNode> tree = selected == null ? List.of() : queries.tree(selected.id());
        model.addAttribute("tree", tree);
        model.addAttribute("minDepth", tree.stream().mapToInt(OrganizationNode::depth).min().orElse(0));
        model.addAttribute("branchCount", tree.stream().filter(o -> o.type() == OrganizationType.BRANCH).count());
        model.addAttribute("functionalBranchCount", tree.stream()
                .filter(o -> o.type() == OrganizationType.BRANCH && o.nature() == OrganizationNature.FUNCTIONAL).count());
        model.addAttribute("cellCount", tree.stream().filter(o -> o.type() == OrganizationType.CELL).count());
        model.addAttribute("memberCount", tree.stream().mapToLong(OrganizationNode::directMembers).sum());
        return "organization/tree";
    }

    @GetMapping("/organizations/{id}")
    @PreAuthorize("hasAuthority('organization:read')")
    String detail(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        PartyOrganization organization = commands.inScope(id);
        boolean takesOtherMembers = organization.nature() == OrganizationNature.TEMPORARY
                || organization.nature() == OrganizationNature.JOINT;
        model.addAttribute("takesOtherMembers", takesOtherMembers);
        if (takesOtherMembers) {
            model.addAttribute("otherMembers", members.additionalMembers(id));
            model.addAttribute("q", q);
            model.addAttribute("candidates", q == null || q.isBlank() ? List.of()
                    : members.list(new MemberFilter(null, null, null, null, q), 0, 10).content());
        }
        List<OrganizationNode> subtree = queries.subtree(id);
        model.addAttribute("organization", organization);
        model.addAttribute("node", subtree.isEmpty() ? null : subtree.get(0));
        model.addAttribute("children", subtree.stream().filter(o -> Objects.equals(o.parentId(), id)).toList());
        model.addAttribute("parent", organization.parentId() == null ? null
                : catalog.organization(organization.parentId()).orElse(null));
        model.addAttribute("department", organization.departmentId() == null ? null
                : catalog.departmentNames(organization.courtId()).get(organization.departmentId()));
        model.addAttribute("court", catalog.court(organization.courtId()).orElseThrow());
        return "organization/organization";
    }

    @PostMapping("/organizations/{id}/members")
    @PreAuthorize("hasAuthority('organization:member:edit')")
    String addMember(@PathVariable long id, @RequestParam(required = false) Long memberId, RedirectAttributes redirect) {
        commands.inScope(id);
        try {
            if (memberId == null) {
                throw new DomainException("error.member.choose");
            }
            memberCommands.addToOrganization(id, memberId);
            redirect.addFlashAttribute("notice", messages.get("organization.member-added"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/organizations/{id}/members/{memberId}/remove")
    @PreAuthorize("hasAuthority('organization:member:edit')")
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        commands.inScope(id);
        try {
            memberCommands.removeFromOrganization(id, memberId);
            redirect.addFlashAttribute("notice", messages.get("organization.member-removed"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/organizations/" + id;
    }

    @GetMapping("/organizations/new")
    @PreAuthorize("hasAuthority('organization:unit:edit')")
    String createForm(@RequestParam(required = false) Long parent, Model model) {
        if (parent == null) {
            throw new DomainException("error.organization.parent-missing");
        }
        return form(OrganizationForm.under(commands.inScope(parent)), null, model);
    }

    @PostMapping("/organizations")
    @PreAuthorize("hasAuthority('organization:unit:edit')")
    String create(@ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors() || form.parentId() == null) {
            model.addAttribute("error", messages.get("error.form.unreadable"));
            return form(form, null, model);
        }
        try {
            PartyOrganization parent = commands.inScope(form.parentId());
            long id = commands.create(parent.courtId(), parent.id(), form.details(null)).value();
            redirect.addFlashAttribute("notice", messages.get("organization.created", form.name()));
            return "redirect:/organizations/" + id;
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            return form(form, null, model);
        }
    }

    @GetMapping("/organizations/{id}/edit")
    @PreAuthorize("hasAuthority('organization:unit:edit')")
    String editForm(@PathVariable long id, Model model) {
        return form(OrganizationForm.of(commands.inScope(id)), id, model);
    }

    @PostMapping("/organizations/{id}")
    @PreAuthorize("hasAuthority('organization:unit:edit')")
    String update(@PathVariable long id, @ModelAttribute("form") OrganizationForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        PartyOrganization organization = commands.inScope(id);
        if (binding.hasErrors() || form.version() == null) {
            model.addAttribute("error", messages.get("error.form.unreadable"));
            return form(form, id, model);
        }
        try {
            commands.update(id, form.version(), organization.parentId(), form.details(organization.trialTeamId()));
            redirect.addFlashAttribute("notice", messages.get("organization.updated", form.name()));
            return "redirect:/organizations/" + id;
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            return form(form, id, model);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("error", messages.get("error.concurrent-change"));
            return form(form, id, model);
        }
    }

    private String form(OrganizationForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organizationId", id);
        model.addAttribute("parent", form.parentId() == null ? null : catalog.organization(form.parentId()).orElse(null));
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("natures", OrganizationNature.values());
        model.addAttribute("departments", form.courtId() == null ? List.of() : catalog.departments(form.courtId()));
        return "organization/organization-form";
    }
}
