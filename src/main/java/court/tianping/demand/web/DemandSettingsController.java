package court.tianping.demand.web;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.demand.ServicePointKind;
import court.tianping.demand.application.DemandCatalog;
import court.tianping.demand.application.TimeLimitSettings;
import court.tianping.demand.domain.LimitKey;
import court.tianping.demand.domain.LimitUnit;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Party-affairs office keeps the court's demand settings: the time limits of the steps, dispute
 * categories and the branch each is routed to, streets with their paired branch, communities, and service
 * points with their QR codes.
 */
@Controller
@PreAuthorize("hasAuthority('demand:admin')")
class DemandSettingsController {

    private final DemandCatalog catalog;
    private final TimeLimitSettings limits;
    private final OrganizationDirectory directory;
    private final CurrentUser currentUser;
    private final Messages messages;

    DemandSettingsController(DemandCatalog catalog, TimeLimitSettings limits, OrganizationDirectory directory,
                             CurrentUser currentUser, Messages messages) {
        this.catalog = catalog;
        this.limits = limits;
        this.directory = directory;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/demands/settings")
    String settings(Model model) {
        long court = court();
        model.addAttribute("limits", limits.view(court));
        model.addAttribute("limitUnits", LimitUnit.values());
        model.addAttribute("categories", catalog.categories(court));
        model.addAttribute("streets", catalog.streets(court));
        model.addAttribute("communities", catalog.communitiesOfCourt(court));
        model.addAttribute("points", catalog.servicePoints(court));
        model.addAttribute("branches", directory.branches(court));
        model.addAttribute("branchNames", directory.branches(court).stream()
                .collect(Collectors.toMap(OrganizationDirectory.Unit::id, OrganizationDirectory.Unit::name)));
        model.addAttribute("streetNames", catalog.streetNames(court));
        model.addAttribute("communityNames", catalog.communitiesOfCourt(court).stream()
                .collect(Collectors.toMap(DemandCatalog.Community::id, DemandCatalog.Community::name)));
        model.addAttribute("pointKinds", ServicePointKind.values());
        model.addAttribute("publicBase", ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/q/").toUriString());
        return "demand/settings";
    }

    /** Every time limit and the escalation hours in one form: {@code amount.RESOLVE.URGENT}, {@code unit.RESOLVE.URGENT}. */
    @PostMapping("/demands/settings/limits")
    String changeLimits(@RequestParam(defaultValue = "-1") int version, @RequestParam Map<String, String> form,
                        RedirectAttributes redirect) {
        Map<LimitKey, TimeLimitSettings.Input> input = new LinkedHashMap<>();
        for (LimitKey key : LimitKey.all()) {
            input.put(key, new TimeLimitSettings.Input(form.get("amount." + key.code()), form.get("unit." + key.code())));
        }
        return save(redirect, () -> limits.change(court(), version, input, form.get("escalateToOfficeAfterHours"))
                ? "demand.limits.saved" : "demand.limits.unchanged");
    }

    @PostMapping("/demands/settings/categories")
    String addCategory(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        return change(redirect, () -> catalog.addCategory(court(), name));
    }

    @PostMapping("/demands/settings/categories/{id}")
    String updateCategory(@PathVariable long id, @RequestParam(required = false) Long branch,
                          @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        return change(redirect, () -> {
            catalog.routeCategory(court(), id, branch);
            catalog.setCategoryActive(court(), id, active);
        });
    }

    @PostMapping("/demands/settings/streets")
    String addStreet(@RequestParam(required = false) String district, @RequestParam(required = false) String name,
                     @RequestParam(required = false) Long branch, RedirectAttributes redirect) {
        return change(redirect, () -> catalog.addStreet(court(), district, name, branch));
    }

    @PostMapping("/demands/settings/streets/{id}")
    String pairStreet(@PathVariable long id, @RequestParam(required = false) Long branch, RedirectAttributes redirect) {
        return change(redirect, () -> catalog.pairStreet(court(), id, branch));
    }

    @PostMapping("/demands/settings/communities")
    String addCommunity(@RequestParam(required = false) Long street, @RequestParam(required = false) String name,
                        RedirectAttributes redirect) {
        return change(redirect, () -> catalog.addCommunity(court(), required(street), name));
    }

    @PostMapping("/demands/settings/points")
    String addPoint(@RequestParam(required = false) Long street, @RequestParam(required = false) Long community,
                    @RequestParam(required = false) ServicePointKind kind, @RequestParam(required = false) String name,
                    RedirectAttributes redirect) {
        return change(redirect, () -> catalog.addServicePoint(court(), required(street), community, kind, name));
    }

    /** The QR code of a service point, to print on its poster. */
    @GetMapping(value = "/demands/settings/points/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long id) {
        DemandCatalog.ServicePoint point = catalog.servicePoint(id).filter(p -> p.courtId() == court())
                .orElseThrow(() -> new NotFoundException("label.service-point", id));
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/q/{code}")
                .buildAndExpand(point.code()).toUriString();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header("Content-Disposition", "inline; filename=\"qr-" + point.code() + ".png\"")
                .body(QrCodes.png(url, 360));
    }

    private String change(RedirectAttributes redirect, Runnable change) {
        return save(redirect, () -> {
            change.run();
            return "demand.settings.saved";
        });
    }

    /** Runs a change that names its own notice; a refusal leaves a message and changes nothing. */
    private String save(RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", messages.get(change.get()));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", messages.get("error.concurrent-change"));
        }
        return "redirect:/demands/settings";
    }

    private static long required(Long id) {
        if (id == null) {
            throw new DomainException("error.demand.choice-required");
        }
        return id;
    }

    private long court() {
        Long court = currentUser.require().courtId();
        if (court == null) {
            throw new DomainException("error.demand.no-court");
        }
        return court;
    }

}
