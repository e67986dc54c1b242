package court.tianping.organization.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.organization.Education;
import court.tianping.organization.Gender;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.Post;
import court.tianping.core.ScopeLevel;
import court.tianping.organization.application.CourtChoice;
import court.tianping.organization.application.MemberCommands;
import court.tianping.organization.application.MemberFilter;
import court.tianping.organization.application.MemberQueries;
import court.tianping.organization.application.MemberRow;
import court.tianping.organization.application.OrganizationCatalog;
import court.tianping.organization.application.OrganizationQueries;
import court.tianping.organization.domain.Member;
import court.tianping.organization.domain.PartyOrganization;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.platform.Permission;
import org.springframework.dao.OptimisticLockingFailureException;
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
import java.util.ArrayList;
import java.util.List;

@Controller
class MemberController {

    private static final int PAGE_SIZE = 20;

    private final MemberQueries queries;
    private final MemberCommands commands;
    private final OrganizationQueries organizations;
    private final OrganizationCatalog catalog;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Links links;

    MemberController(MemberQueries queries, MemberCommands commands, OrganizationQueries organizations,
                     OrganizationCatalog catalog, CurrentUser currentUser, Messages messages, Links links) {
        this.links = links;
        this.queries = queries;
        this.commands = commands;
        this.organizations = organizations;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/members")
    @PreAuthorize("hasAuthority('organization:member:read')")
    String list(@RequestParam(required = false) Long organization, @RequestParam(required = false) Long court,
                @RequestParam(required = false) Position position, @RequestParam(required = false) MembershipStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        MemberFilter filter = new MemberFilter(organization, court, position, status, q);
        PageResult<MemberRow> members = queries.list(filter, page, PAGE_SIZE);
        model.addAttribute("members", members);
        model.addAttribute("pager", links.pager(members));
        model.addAttribute("filter", filter);
        model.addAttribute("positions", Position.values());
        model.addAttribute("statuses", MembershipStatus.values());
        List<CourtChoice> courts = organizations.courtChoices();
        model.addAttribute("courts", courts.size() > 1 ? courts : List.of());
        boolean cityWide = currentUser.scope().level() == ScopeLevel.CITY;
        model.addAttribute("organizations", cityWide && court == null ? List.of() : organizations.memberOrganizations(court));
        return "organization/members";
    }

    @GetMapping("/members/{id}")
    @PreAuthorize("hasAuthority('organization:member:read')")
    String detail(@PathVariable long id, Model model) {
        Member member = commands.memberInScope(id);
        boolean fullPersonalData = currentUser.require().has(Permission.MEMBER_PERSONAL_DATA)
                || id == (currentUser.require().memberId() == null ? -1 : currentUser.require().memberId());
        model.addAttribute("member", member);
        model.addAttribute("phone", fullPersonalData ? member.phone() : PersonalData.maskPhone(member.phone()));
        model.addAttribute("idCard", fullPersonalData ? member.idCardNo() : PersonalData.maskIdCard(member.idCardNo()));
        model.addAttribute("court", catalog.court(member.courtId()).orElseThrow());
        model.addAttribute("departmentName", member.departmentId() == null ? null
                : catalog.departmentNames(member.courtId()).get(member.departmentId()));
        model.addAttribute("trialTeamName", member.trialTeamId() == null ? null
                : catalog.trialTeamNames(member.courtId()).get(member.trialTeamId()));
        List<Long> organizationIds = new ArrayList<>();
        organizationIds.add(member.organizationId());
        member.posts().forEach(p -> organizationIds.add(p.organizationId()));
        member.memberships().forEach(m -> organizationIds.add(m.organizationId()));
        var transfers = catalog.transfers(id);
        transfers.forEach(t -> {
            organizationIds.add(t.fromOrganizationId());
            organizationIds.add(t.toOrganizationId());
        });
        model.addAttribute("transfers", transfers);
        model.addAttribute("organizationNames", catalog.organizationNames(organizationIds));
        return "organization/member";
    }

    @GetMapping("/members/new")
    @PreAuthorize("hasAuthority('organization:member:edit')")
    String createForm(@RequestParam(required = false) Long organization, Model model) {
        return form(MemberForm.empty(organization), null, model);
    }

    @PostMapping("/members")
    @PreAuthorize("hasAuthority('organization:member:edit')")
    String create(@ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formWithError(form, null, model, messages.get("error.form.unreadable"));
        }
        if (form.organizationId() == null) {
            return formWithError(form, null, model, messages.get("error.member.primary-organization-required"));
        }
        try {
            long id = commands.create(form.organizationId(), form.details(), form.postsOrEmpty()).value();
            redirect.addFlashAttribute("notice", messages.get("member.created", form.name()));
            return "redirect:/members/" + id;
        } catch (DomainException e) {
            return formWithError(form, null, model, messages.of(e));
        }
    }

    @GetMapping("/members/{id}/edit")
    @PreAuthorize("hasAuthority('organization:member:edit')")
    String editForm(@PathVariable long id, Model model) {
        return form(MemberForm.of(commands.memberInScope(id)), id, model);
    }

    @PostMapping("/members/{id}")
    @PreAuthorize("hasAuthority('organization:member:edit')")
    String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        commands.memberInScope(id);
        if (binding.hasErrors() || form.version() == null) {
            return formWithError(form, id, model, messages.get("error.form.unreadable"));
        }
        try {
            commands.update(id, form.version(), form.details(), form.postsOrEmpty());
            redirect.addFlashAttribute("notice", messages.get("member.updated", form.name()));
            return "redirect:/members/" + id;
        } catch (DomainException e) {
            return formWithError(form, id, model, messages.of(e));
        } catch (OptimisticLockingFailureException e) {
            return formWithError(form, id, model, messages.get("error.concurrent-change"));
        }
    }

    @GetMapping("/members/{id}/transfer")
    @PreAuthorize("hasAuthority('organization:member:transfer')")
    String transferForm(@PathVariable long id, Model model) {
        return transferPage(commands.memberInScope(id), null, LocalDate.now(), "", model);
    }

    @PostMapping("/members/{id}/transfer")
    @PreAuthorize("hasAuthority('organization:member:transfer')")
    String transfer(@PathVariable long id, @RequestParam(required = false) Long toOrganizationId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferredOn,
                    @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        Member member = commands.memberInScope(id);
        try {
            if (toOrganizationId == null) {
                throw new DomainException("error.transfer.target-required");
            }
            commands.transfer(id, toOrganizationId, transferredOn, reason);
            redirect.addFlashAttribute("notice", messages.get("member.transferred", member.name()));
            return "redirect:/members/" + id;
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            return transferPage(member, toOrganizationId, transferredOn, reason, model);
        }
    }

    private String transferPage(Member member, Long toOrganizationId, LocalDate on, String reason, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("current", catalog.organization(member.organizationId()).map(PartyOrganization::name).orElse(""));
        model.addAttribute("organizations", organizations.memberOrganizations());
        model.addAttribute("toOrganizationId", toOrganizationId);
        model.addAttribute("transferredOn", on);
        model.addAttribute("reason", reason);
        return "organization/transfer";
    }

    private String formWithError(MemberForm form, Long id, Model model, String error) {
        model.addAttribute("error", error);
        return form(form, id, model);
    }

    private String form(MemberForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("memberId", id);
        model.addAttribute("organizations", organizations.memberOrganizations());
        long courtId = form.organizationId() != null
                ? catalog.organization(form.organizationId()).map(PartyOrganization::courtId).orElse(0L)
                : currentUser.require().courtId() == null ? 0L : currentUser.require().courtId();
        model.addAttribute("departments", catalog.departments(courtId));
        model.addAttribute("trialTeams", catalog.trialTeams(courtId));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("positions", Position.values());
        model.addAttribute("statuses", MembershipStatus.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("posts", Post.values());
        return "organization/member-form";
    }
}
