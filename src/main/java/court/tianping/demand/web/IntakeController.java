package court.tianping.demand.web;

import court.tianping.core.DomainException;
import court.tianping.demand.Channel;
import court.tianping.demand.RequesterKind;
import court.tianping.demand.ServiceKind;
import court.tianping.demand.Urgency;
import court.tianping.demand.application.AttachmentLimits;
import court.tianping.demand.application.DemandCatalog;
import court.tianping.demand.application.DemandIntake;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import court.tianping.platform.Permission;
import court.tianping.platform.TianpingUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * 点单 by staff (12368 operator, walk-in desk, station) and by a partner liaison for their street, with the
 * files brought along.
 */
@Controller
class IntakeController {

    private final DemandIntake intake;
    private final DemandCatalog catalog;
    private final OrganizationDirectory directory;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final AttachmentLimits attachmentLimits;

    IntakeController(DemandIntake intake, DemandCatalog catalog, OrganizationDirectory directory, CurrentUser currentUser,
                     Messages messages, AttachmentLimits attachmentLimits) {
        this.intake = intake;
        this.attachmentLimits = attachmentLimits;
        this.catalog = catalog;
        this.directory = directory;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/demands/new")
    @PreAuthorize("hasAuthority('demand:intake') or hasAuthority('demand:order')")
    String form(Model model) {
        boolean partner = isPartner();
        return form(IntakeForm.empty(partner ? Channel.PARTNER_ORDER : Channel.HOTLINE_12368), null, false, model);
    }

    @PostMapping("/demands")
    @PreAuthorize("hasAuthority('demand:intake') or hasAuthority('demand:order')")
    String submit(@ModelAttribute IntakeForm form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  Model model, RedirectAttributes redirect) {
        try {
            DemandIntake.Submitted submitted = isPartner()
                    ? intake.placeOrder(form.details(null), Uploads.of(files))
                    : intake.record(form.details(district(form.streetId())), Uploads.of(files));
            redirect.addFlashAttribute("notice", messages.get("demand.done.submitted", submitted.trackingCode()));
            return "redirect:/demands/" + submitted.id();
        } catch (DomainException e) {
            return form(form, messages.of(e), Uploads.chosen(files), model);
        }
    }

    /** The form, again with what was typed after a refusal; chosen files must be chosen again, as a browser forgets them. */
    private String form(IntakeForm form, String error, boolean filesChosen, Model model) {
        boolean partner = isPartner();
        long court = courtOf();
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("filesChosen", filesChosen);
        model.addAttribute("attachmentLimits", attachmentLimits);
        model.addAttribute("partner", partner);
        model.addAttribute("channels", partner ? List.of(Channel.PARTNER_ORDER)
                : List.of(Channel.HOTLINE_12368, Channel.WALK_IN, Channel.STATION));
        model.addAttribute("requesterKinds", RequesterKind.values());
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("categories", catalog.activeCategories(court));
        if (partner) {
            DemandIntake.StreetLiaison liaison = intake.liaison(currentUser.require().username())
                    .orElseThrow(() -> new DomainException("error.demand.no-street"));
            model.addAttribute("liaison", liaison);
            model.addAttribute("streets", catalog.street(liaison.streetId()).stream().toList());
            model.addAttribute("communities", catalog.communities(liaison.streetId()));
        } else {
            model.addAttribute("streets", catalog.streets(court));
            model.addAttribute("communities", catalog.communitiesOfCourt(court));
        }
        return "demand/form";
    }

    private String district(Long streetId) {
        if (streetId != null) {
            return catalog.street(streetId).map(DemandCatalog.Street::district).orElse(null);
        }
        return directory.court(courtOf()).map(OrganizationDirectory.CourtEntry::district).orElse(null);
    }

    private boolean isPartner() {
        TianpingUser user = currentUser.require();
        return user.has(Permission.DEMAND_ORDER) && !user.has(Permission.DEMAND_INTAKE);
    }

    private long courtOf() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new DomainException("error.demand.no-court");
        }
        return court;
    }
}
