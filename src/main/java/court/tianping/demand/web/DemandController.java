package court.tianping.demand.web;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.demand.ActionKind;
import court.tianping.demand.Channel;
import court.tianping.demand.DemandQueue;
import court.tianping.demand.DemandState;
import court.tianping.demand.Outcome;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.application.AttachmentLimits;
import court.tianping.demand.application.DemandAttachments;
import court.tianping.demand.application.DemandCatalog;
import court.tianping.demand.application.DemandFilter;
import court.tianping.demand.application.DemandFlow;
import court.tianping.demand.application.DemandQueries;
import court.tianping.demand.application.DispatchSuggestions;
import court.tianping.demand.application.DemandRow;
import court.tianping.demand.application.DemandView;
import court.tianping.demand.domain.Demand;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.platform.Permission;
import court.tianping.platform.Role;
import court.tianping.platform.TianpingUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff's demand pages: each role's work lists, the detail with its timeline and files, every step of
 * the flow, and adding and downloading files.
 */
@Controller
class DemandController {

    private static final int PAGE_SIZE = 20;

    private final DemandQueries queries;
    private final DemandFlow flow;
    private final DemandAttachments attachments;
    private final AttachmentLimits attachmentLimits;
    private final DemandCatalog catalog;
    private final OrganizationDirectory directory;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Links links;
    private final Clock clock;
    private final DispatchSuggestions suggestions;

    DemandController(DemandQueries queries, DemandFlow flow, DemandAttachments attachments, AttachmentLimits attachmentLimits,
                     DemandCatalog catalog, OrganizationDirectory directory, CurrentUser currentUser, Messages messages,
                     Links links, Clock clock, DispatchSuggestions suggestions) {
        this.clock = clock;
        this.suggestions = suggestions;
        this.queries = queries;
        this.flow = flow;
        this.attachments = attachments;
        this.attachmentLimits = attachmentLimits;
        this.catalog = catalog;
        this.directory = directory;
        this.currentUser = currentUser;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/demands")
    @PreAuthorize("hasAuthority('demand:read') or hasAuthority('demand:order')")
    String list(@RequestParam(required = false) DemandQueue queue, @RequestParam(required = false) DemandState state,
                @RequestParam(required = false) Channel channel, @RequestParam(required = false) Long category,
                @RequestParam(required = false) Long street,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        DemandQueue chosen = queue == null ? defaultQueue() : queue;
        DemandFilter filter = new DemandFilter(chosen, state, channel, category, street, null, from, to, q);
        PageResult<DemandRow> demands = queries.list(filter, page, PAGE_SIZE);
        model.addAttribute("demands", demands);
        model.addAttribute("pager", links.pager(demands));
        model.addAttribute("filter", filter);
        model.addAttribute("queues", queueCounts());
        model.addAttribute("states", DemandState.values());
        model.addAttribute("channels", Channel.values());
        Long court = currentUser.require().courtId();
        model.addAttribute("categories", court == null ? List.of() : catalog.categories(court));
        model.addAttribute("streets", court == null ? List.of() : catalog.streets(court));
        return "demand/list";
    }

    @GetMapping("/demands/{id}")
    @PreAuthorize("hasAuthority('demand:read') or hasAuthority('demand:order')")
    String detail(@PathVariable long id, Model model) {
        DemandView view = queries.view(id);
        Demand demand = view.demand();
        TianpingUser user = currentUser.require();
        model.addAttribute("view", view);
        model.addAttribute("d", demand);
        model.addAttribute("now", LocalDateTime.now(clock));
        model.addAttribute("actions", DemandActions.of(demand, user));
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("attachmentLimits", attachmentLimits);
        model.addAttribute("actionKinds", ActionKind.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        if (user.has(Permission.DEMAND_DISPATCH)) {
            model.addAttribute("branches", directory.branches(demand.courtId()));
            model.addAttribute("categories", catalog.categories(demand.courtId()).stream().filter(DemandCatalog.Category::active).toList());
            model.addAttribute("suggestion", suggestions.forDemand(demand).orElse(null));
        }
        if (demand.branchId() != null && user.role() != Role.CELL_LEADER) {
            model.addAttribute("cells", directory.cells(demand.branchId()));
        }
        Long team = demand.cellId();
        model.addAttribute("members", team == null ? List.of() : directory.members(team));
        return "demand/detail";
    }

    @PostMapping("/demands/{id}/dispatch")
    @PreAuthorize("hasAuthority('demand:dispatch')")
    String dispatch(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long branch,
                    @RequestParam(required = false) Long category, RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.dispatched", () -> flow.dispatch(id, version, branch, category));
    }

    @PostMapping("/demands/{id}/return")
    @PreAuthorize("hasAuthority('demand:handle')")
    String returnDemand(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                        RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.returned", () -> flow.returnToDispatcher(id, version, reason));
    }

    @PostMapping("/demands/{id}/accept")
    @PreAuthorize("hasAuthority('demand:handle')")
    String accept(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long cell,
                  RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.accepted", () -> flow.accept(id, version, cell));
    }

    @PostMapping("/demands/{id}/assign")
    @PreAuthorize("hasAuthority('demand:handle')")
    String assign(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long member,
                  RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.assigned", () -> flow.assign(id, version, member));
    }

    @PostMapping("/demands/{id}/actions")
    @PreAuthorize("hasAuthority('demand:handle')")
    String logAction(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) ActionKind kind,
                     @RequestParam(required = false) Integer minutes, @RequestParam(required = false) String note,
                     RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.logged",
                () -> flow.logAction(id, version, kind, minutes == null ? 0 : minutes, note));
    }

    @PostMapping("/demands/{id}/resolve")
    @PreAuthorize("hasAuthority('demand:handle')")
    String resolve(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Outcome outcome,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.resolved", () -> flow.resolve(id, version, outcome, note));
    }

    @PostMapping("/demands/{id}/visit")
    @PreAuthorize("hasAuthority('demand:visit')")
    String visit(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Satisfaction satisfaction,
                 @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.visited", () -> flow.visit(id, version, satisfaction, comment));
    }

    @PostMapping("/demands/{id}/reopen")
    @PreAuthorize("hasAuthority('demand:visit')")
    String reopen(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.reopened", () -> flow.reopen(id, version, reason));
    }

    @PostMapping("/demands/{id}/close")
    @PreAuthorize("hasAuthority('demand:visit')")
    String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.closed", () -> flow.close(id, version));
    }

    @PostMapping("/demands/{id}/pause")
    @PreAuthorize("hasAuthority('demand:handle') or hasAuthority('demand:dispatch')")
    String pause(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                 RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.paused", () -> flow.pause(id, version, reason));
    }

    @PostMapping("/demands/{id}/resume")
    @PreAuthorize("hasAuthority('demand:handle') or hasAuthority('demand:dispatch')")
    String resume(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.resumed", () -> flow.resume(id, version));
    }

    @PostMapping("/demands/{id}/attachments")
    @PreAuthorize("hasAuthority('demand:intake') or hasAuthority('demand:handle') or hasAuthority('demand:dispatch')"
            + " or hasAuthority('demand:order')")
    String attach(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) {
        return act(id, redirect, "demand.done.attached", () -> attachments.add(id, Uploads.of(files)));
    }

    /** Always as a download, under the type found in its content, so that no browser renders a file in the page. */
    @GetMapping("/demands/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasAuthority('demand:read') or hasAuthority('demand:order')")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        DemandAttachments.Download file = attachments.download(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox")
                .body(file.content());
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", messages.get(doneKey));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", messages.get("error.concurrent-change"));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:/demands/" + id;
    }


    private DemandQueue defaultQueue() {
        TianpingUser user = currentUser.require();
        return switch (user.role()) {
            case PARTY_OFFICE -> DemandQueue.TO_DISPATCH;
            case BRANCH_SECRETARY, CELL_LEADER -> DemandQueue.TO_ACCEPT;
            case MEMBER -> DemandQueue.MINE;
            default -> DemandQueue.ALL;
        };
    }

    /** The work lists this role has, with how many demands each holds. */
    private Map<DemandQueue, Long> queueCounts() {
        TianpingUser user = currentUser.require();
        List<DemandQueue> queues = new ArrayList<>();
        switch (user.role()) {
            case PLATFORM_ADMIN, PARTY_OFFICE -> queues.addAll(List.of(DemandQueue.TO_DISPATCH, DemandQueue.TO_ACCEPT,
                    DemandQueue.IN_HAND, DemandQueue.TO_VISIT, DemandQueue.OVERDUE, DemandQueue.PAUSED));
            case BRANCH_SECRETARY -> queues.addAll(List.of(DemandQueue.TO_ACCEPT, DemandQueue.TO_ASSIGN, DemandQueue.IN_HAND,
                    DemandQueue.TO_VISIT, DemandQueue.OVERDUE));
            case CELL_LEADER -> queues.addAll(List.of(DemandQueue.TO_ACCEPT, DemandQueue.TO_ASSIGN, DemandQueue.IN_HAND,
                    DemandQueue.OVERDUE));
            case MEMBER -> queues.addAll(List.of(DemandQueue.MINE, DemandQueue.OVERDUE));
            default -> { }
        }
        Map<DemandQueue, Long> counts = new LinkedHashMap<>();
        queues.forEach(q -> counts.put(q, queries.count(DemandFilter.of(q))));
        counts.put(DemandQueue.ALL, null);
        return counts;
    }
}
