package court.tianping.demand.web;

import court.tianping.core.DomainException;
import court.tianping.demand.Channel;
import court.tianping.demand.RequesterKind;
import court.tianping.demand.Satisfaction;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.Urgency;
import court.tianping.demand.application.AttachmentLimits;
import court.tianping.demand.application.DemandCatalog;
import court.tianping.demand.application.DemandIntake;
import court.tianping.demand.application.DemandTracking;
import court.tianping.demand.domain.DemandDetails;
import court.tianping.demand.domain.Place;
import court.tianping.demand.domain.Requester;
import court.tianping.platform.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.UUID;

/**
 * The public pages behind the QR codes (一码解纷), mobile first and without login: ask for help, with a
 * few photos or PDF files, follow the demand with its tracking code, and rate it after it is resolved.
 * The tracking page never shows the files.
 */
@Controller
class PublicDemandController {

    /** What a member of the public fills in; where it comes from is known from the code scanned. */
    public record PublicForm(String requesterName, String requesterPhone, Long categoryId, ServiceKind service,
                      String description, String idempotencyKey) {
    }

    private final DemandIntake intake;
    private final DemandTracking tracking;
    private final DemandCatalog catalog;
    private final PublicRateLimiter rateLimiter;
    private final Messages messages;
    private final AttachmentLimits attachmentLimits;

    PublicDemandController(DemandIntake intake, DemandTracking tracking, DemandCatalog catalog,
                           PublicRateLimiter rateLimiter, Messages messages, AttachmentLimits attachmentLimits) {
        this.attachmentLimits = attachmentLimits;
        this.intake = intake;
        this.tracking = tracking;
        this.catalog = catalog;
        this.rateLimiter = rateLimiter;
        this.messages = messages;
    }

    @GetMapping("/public/q/{code}")
    String form(@PathVariable String code, Model model, HttpServletResponse response) {
        PublicForm empty = new PublicForm(null, null, null, ServiceKind.PRE_LITIGATION_MEDIATION, null, UUID.randomUUID().toString());
        return form(code, empty, null, false, model, response);
    }

    @PostMapping("/public/q/{code}")
    String submit(@PathVariable String code, @ModelAttribute PublicForm form,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!rateLimiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            return form(code, form, messages.get("error.demand.too-many"), Uploads.chosen(files), model, response);
        }
        try {
            DemandDetails details = new DemandDetails(Channel.QR_CODE, null,
                    new Requester(RequesterKind.PERSON, form.requesterName(), form.requesterPhone(), null),
                    new Place(null, null, null, null), form.categoryId(), form.service(), Urgency.NORMAL, form.description());
            DemandIntake.Submitted submitted = intake.submitPublic(code, details, form.idempotencyKey(), Uploads.of(files));
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/public/track/" + submitted.trackingCode();
        } catch (DomainException e) {
            response.setStatus(422);
            return form(code, form, messages.of(e), Uploads.chosen(files), model, response);
        }
    }

    @GetMapping("/public/track")
    String trackForm(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:/public/track/" + code.strip().toUpperCase();
        }
        return "demand/public-track-form";
    }

    @GetMapping("/public/track/{code}")
    String track(@PathVariable String code, Model model, HttpServletResponse response) {
        var view = tracking.find(code);
        if (view.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("error", messages.get("error.demand.unknown-tracking-code"));
            return "demand/public-track-form";
        }
        model.addAttribute("view", view.get());
        model.addAttribute("satisfactions", Satisfaction.values());
        return "demand/public-track";
    }

    @PostMapping("/public/track/{code}/rate")
    String rate(@PathVariable String code, @RequestParam(required = false) Satisfaction satisfaction,
                @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            tracking.rate(code, satisfaction, comment);
            redirect.addFlashAttribute("notice", messages.get("demand.public.rated"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:/public/track/" + code;
    }

    private String form(String code, PublicForm form, String error, boolean filesChosen, Model model,
                        HttpServletResponse response) {
        var point = catalog.servicePointByCode(code).orElse(null);
        if (point == null) {
            response.setStatus(404);
            model.addAttribute("error", messages.get("error.demand.unknown-code"));
            return "demand/public-track-form";
        }
        model.addAttribute("point", point);
        model.addAttribute("streetName", catalog.street(point.streetId()).map(DemandCatalog.Street::name).orElse(""));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("filesChosen", filesChosen);
        model.addAttribute("attachmentLimits", attachmentLimits);
        model.addAttribute("categories", catalog.activeCategories(point.courtId()));
        model.addAttribute("services", List.of(ServiceKind.CONSULTATION, ServiceKind.MEDIATION_GUIDANCE,
                ServiceKind.PRE_LITIGATION_MEDIATION, ServiceKind.JUDICIAL_CONFIRMATION, ServiceKind.ON_SITE_RESOLUTION));
        return "demand/public-form";
    }
}
