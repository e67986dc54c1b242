package court.tianping.life.web;

import court.tianping.core.DomainException;
import court.tianping.core.ScopeLevel;
import court.tianping.life.Frequency;
import court.tianping.life.MeetingType;
import court.tianping.life.application.ComplianceCalendar;
import court.tianping.life.application.ComplianceCalendar.Overview;
import court.tianping.life.application.ComplianceRules;
import court.tianping.life.application.LifeFigures;
import court.tianping.life.domain.ComplianceRule;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compliance with the frequency rules: every branch at a glance (a city court by court), one branch's calendar, the rules, the figures. */
@Controller
class ComplianceController {

    private final ComplianceCalendar calendar;
    private final ComplianceRules rules;
    private final LifeFigures figures;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    ComplianceController(ComplianceCalendar calendar, ComplianceRules rules, LifeFigures figures, CurrentUser currentUser,
                         Messages messages, Clock clock) {
        this.calendar = calendar;
        this.rules = rules;
        this.figures = figures;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/life/compliance")
    @PreAuthorize("hasAuthority('life:compliance')")
    String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long court, Model model) {
        int chosen = year(year);
        Overview overview = calendar.overview(chosen, court);
        model.addAttribute("overview", overview);
        model.addAttribute("year", chosen);
        model.addAttribute("court", court);
        // A city has hundreds of branches: it is shown court by court, each court opening its own overview.
        if (court == null && currentUser.scope().level() == ScopeLevel.CITY) {
            model.addAttribute("courts", calendar.byCourt(overview));
        } else if (court != null) {
            calendar.byCourt(overview).stream().findFirst().ifPresent(c -> model.addAttribute("courtName", c.name()));
        }
        model.addAttribute("ownOrganization", currentUser.require().organizationId());
        return "life/compliance";
    }

    @GetMapping("/life/compliance/{id}")
    @PreAuthorize("hasAuthority('life:compliance')")
    String organization(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int chosen = year(year);
        model.addAttribute("calendar", calendar.of(id, chosen));
        model.addAttribute("year", chosen);
        return "life/calendar";
    }

    @GetMapping("/life/figures")
    @PreAuthorize("hasAuthority('life:compliance')")
    String figures(@RequestParam(required = false) Integer year, Model model) {
        int chosen = year(year);
        model.addAttribute("months", figures.months(chosen));
        model.addAttribute("year", chosen);
        return "life/figures";
    }

    @GetMapping("/life/compliance/rules")
    @PreAuthorize("hasAuthority('life:admin')")
    String rules(Model model) {
        Long court = currentUser.require().courtId();
        model.addAttribute("rules", court == null ? ComplianceRule.DEFAULTS : rules.of(court));
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("maxMinimum", ComplianceRule.MAX_MINIMUM);
        return "life/rules";
    }

    @PostMapping("/life/compliance/rules")
    @PreAuthorize("hasAuthority('life:admin')")
    String saveRules(@RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        try {
            List<ComplianceRule> changed = new ArrayList<>();
            for (ComplianceRule rule : ComplianceRule.DEFAULTS) {
                MeetingType type = rule.type();
                Frequency frequency = java.util.Arrays.stream(Frequency.values())
                        .filter(f -> f.name().equals(fields.get("frequency-" + type))).findFirst().orElse(null);
                String minimum = fields.getOrDefault("minimum-" + type, "");
                if (!minimum.strip().matches("\\d{1,2}")) {
                    throw new DomainException("error.life.rule-minimum", ComplianceRule.MAX_MINIMUM);
                }
                changed.add(new ComplianceRule(type, frequency, Integer.parseInt(minimum.strip())));
            }
            Long court = currentUser.require().courtId();
            rules.save(court == null ? -1L : court, changed);
            redirect.addFlashAttribute("notice", messages.get("life.done.rules"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:/life/compliance/rules";
    }

    private int year(Integer year) {
        int current = LocalDate.now(clock).getYear();
        return year == null || year < 2000 || year > current + 1 ? current : year;
    }
}
