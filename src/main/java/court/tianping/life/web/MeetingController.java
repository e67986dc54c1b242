package court.tianping.life.web;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.life.AttendanceStatus;
import court.tianping.life.MeetingState;
import court.tianping.life.MeetingType;
import court.tianping.life.application.FileLimits;
import court.tianping.life.application.FileUpload;
import court.tianping.life.application.MeetingFilter;
import court.tianping.life.application.MeetingFiles;
import court.tianping.life.application.MeetingPlanning;
import court.tianping.life.application.MeetingQueries;
import court.tianping.life.application.MeetingRow;
import court.tianping.life.application.PublicationBoard;
import court.tianping.life.domain.AttendanceEntry;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The meeting pages: the list, planning, the record of a meeting and every step on it. */
@Controller
class MeetingController {

    private static final int PAGE_SIZE = 20;

    private final MeetingQueries queries;
    private final MeetingPlanning planning;
    private final MeetingFiles files;
    private final FileLimits fileLimits;
    private final PublicationBoard board;
    private final HostChoices choices;
    private final Messages messages;
    private final Links links;

    MeetingController(MeetingQueries queries, MeetingPlanning planning, MeetingFiles files, FileLimits fileLimits,
                      PublicationBoard board, HostChoices choices, Messages messages, Links links) {
        this.queries = queries;
        this.planning = planning;
        this.files = files;
        this.fileLimits = fileLimits;
        this.board = board;
        this.choices = choices;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/life/meetings")
    @PreAuthorize("hasAuthority('life:read')")
    String list(@RequestParam(required = false) MeetingType type, @RequestParam(required = false) MeetingState state,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        MeetingFilter filter = new MeetingFilter(type, state, null, from, to, q);
        PageResult<MeetingRow> meetings = queries.list(filter, page, PAGE_SIZE);
        model.addAttribute("meetings", meetings);
        model.addAttribute("pager", links.pager(meetings));
        model.addAttribute("filter", filter);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("states", MeetingState.values());
        return "life/meetings";
    }

    @GetMapping("/life/meetings/new")
    @PreAuthorize("hasAuthority('life:meeting')")
    String form(Model model) {
        return form(MeetingForm.empty(), model);
    }

    private String form(MeetingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("chosenHosts", form.hosts() == null ? java.util.Set.of() : form.hosts().stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("chosenInvitees", form.invitees() == null ? java.util.Set.of() : form.invitees().stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("hostChoices", choices.hosts());
        model.addAttribute("invitable", choices.invitable());
        return "life/meeting-form";
    }

    @PostMapping("/life/meetings")
    @PreAuthorize("hasAuthority('life:meeting')")
    String plan(@ModelAttribute MeetingForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("failure", messages.get("error.life.unreadable-form"));
            return form(form == null ? MeetingForm.empty() : form, model);
        }
        try {
            long id = planning.plan(form.command());
            redirect.addFlashAttribute("notice", messages.get("life.done.planned"));
            return "redirect:/life/meetings/" + id;
        } catch (DomainException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            model.addAttribute("failure", messages.of(e));
            return form(form, model);
        }
    }

    @GetMapping("/life/meetings/{id}")
    @PreAuthorize("hasAuthority('life:read')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.view(id));
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("fileLimits", fileLimits);
        return "life/meeting";
    }

    @PostMapping("/life/meetings/{id}/hold")
    @PreAuthorize("hasAuthority('life:meeting')")
    String hold(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String minutes,
                @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        List<AttendanceEntry> attendance = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String member = field.getKey().startsWith("status-") ? field.getKey().substring("status-".length()) : "";
            if (member.matches("\\d{1,18}")) {
                AttendanceStatus status = java.util.Arrays.stream(AttendanceStatus.values())
                        .filter(s -> s.name().equals(field.getValue())).findFirst().orElse(null);
                attendance.add(new AttendanceEntry(Long.parseLong(member), status, fields.get("reason-" + member)));
            }
        }
        return act(id, redirect, "life.done.held", () -> planning.hold(id, seen(version), attendance, minutes));
    }

    @PostMapping("/life/meetings/{id}/cancel")
    @PreAuthorize("hasAuthority('life:meeting')")
    String cancel(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return act(id, redirect, "life.done.cancelled", () -> planning.cancel(id, seen(version), reason));
    }

    @PostMapping("/life/meetings/{id}/resolutions")
    @PreAuthorize("hasAuthority('life:meeting')")
    String adopt(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String text,
                 @RequestParam(defaultValue = "false") boolean publish, RedirectAttributes redirect) {
        return act(id, redirect, "life.done.adopted", () -> planning.adopt(id, seen(version), text, publish));
    }

    @PostMapping("/life/meetings/{id}/publish")
    @PreAuthorize("hasAuthority('life:publish')")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "0") int number,
                   @RequestParam(required = false) String title, RedirectAttributes redirect) {
        return act(id, redirect, "life.done.published", () -> board.publish(id, seen(version), number, title));
    }

    @PostMapping("/life/meetings/{id}/files")
    @PreAuthorize("hasAuthority('life:meeting')")
    String addFiles(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> chosen,
                    RedirectAttributes redirect) {
        List<FileUpload> uploads = chosen == null ? List.of()
                : chosen.stream().map(f -> new FileUpload(f.getOriginalFilename(), f.getSize(), f)).toList();
        return act(id, redirect, "life.done.files", () -> files.add(id, uploads));
    }

    @GetMapping("/life/meetings/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('life:read')")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        MeetingFiles.Download file = files.download(id, fileId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
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
        return "redirect:/life/meetings/" + id;
    }

    /** The version the form was made from; a form without one is treated as stale. */
    private static int seen(Integer version) {
        return version == null ? -1 : version;
    }
}
