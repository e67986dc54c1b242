package court.tianping.cobuilding.web;

import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.cobuilding.application.Activities;
import court.tianping.cobuilding.application.CobuildingAccess;
import court.tianping.cobuilding.application.Partners;
import court.tianping.cobuilding.application.Upload;
import court.tianping.cobuilding.web.Forms.ActivityForm;
import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Co-building activities: the list, recording one with its photos, its page, and the activity register. */
@Controller
class ActivityController {

    private static final int PAGE_SIZE = 20;

    private final Activities activities;
    private final Partners partners;
    private final CobuildingAccess access;
    private final Messages messages;
    private final Links links;
    private final Clock clock;

    ActivityController(Activities activities, Partners partners, CobuildingAccess access, Messages messages, Links links,
                       Clock clock) {
        this.activities = activities;
        this.partners = partners;
        this.access = access;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/cobuilding/activities")
    @PreAuthorize("hasAuthority('cobuilding:read')")
    String list(@RequestParam(required = false) CobuildingActivityType type,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<Activities.ActivityRow> rows = activities.list(type, from, to, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("activities", rows);
        model.addAttribute("pager", links.pager(rows));
        model.addAttribute("type", type);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("types", CobuildingActivityType.values());
        Periods period = Periods.of(from, to, clock);
        model.addAttribute("period", period);
        return "cobuilding/activities";
    }

    @GetMapping("/cobuilding/activities/new")
    @PreAuthorize("hasAuthority('cobuilding:record')")
    String form(Model model) {
        return form(ActivityForm.empty(), model);
    }

    private String form(ActivityForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("chosenBranches", form.chosenBranches());
        model.addAttribute("chosenParticipants", form.chosenParticipants());
        model.addAttribute("types", CobuildingActivityType.values());
        model.addAttribute("partnerChoices", partners.choices());
        model.addAttribute("streets", partners.streetNames());
        model.addAttribute("branchChoices", access.ownBranches());
        model.addAttribute("people", activities.participantChoices());
        model.addAttribute("maxPhotos", Activities.MAX_PHOTOS);
        return "cobuilding/activity-form";
    }

    @PostMapping("/cobuilding/activities")
    @PreAuthorize("hasAuthority('cobuilding:record')")
    String record(@ModelAttribute ActivityForm form, BindingResult binding,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("failure", messages.get("error.cobuilding.unreadable-form"));
            return form(ActivityForm.empty(), model);
        }
        List<Upload> uploads = photos == null ? List.of()
                : photos.stream().map(f -> new Upload(f.getOriginalFilename(), f.getSize(), f)).toList();
        try {
            long id = activities.record(form.command(), uploads);
            redirect.addFlashAttribute("notice", messages.get("cobuilding.done.recorded"));
            return "redirect:/cobuilding/activities/" + id;
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("failure", messages.of(e));
            return form(form, model);
        }
    }

    @GetMapping("/cobuilding/activities/{id}")
    @PreAuthorize("hasAuthority('cobuilding:read')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("view", activities.view(id));
        return "cobuilding/activity";
    }

    @GetMapping("/cobuilding/activities/{id}/photos/{photoId}")
    @PreAuthorize("hasAuthority('cobuilding:read')")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        Activities.Photo photo = activities.photo(id, photoId);
        return Downloads.file(photo.fileName(), photo.contentType(), photo.content(), true);
    }

    @GetMapping("/cobuilding/activities.xlsx")
    @PreAuthorize("hasAuthority('cobuilding:read')")
    ResponseEntity<byte[]> register(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Periods period = Periods.of(from, to, clock);
        LocalDate start = period.from().isAfter(period.to()) ? period.to().withDayOfYear(1) : period.from();
        byte[] workbook = new CobuildingWorkbooks(messages).activities(activities.register(start, period.to()), start, period.to());
        return Downloads.file(messages.get("cobuilding.register.file", start, period.to()), Downloads.XLSX, workbook, false);
    }
}
