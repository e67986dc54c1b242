package court.tianping.integrity.web;

import court.tianping.integrity.application.ChainVerification;
import court.tianping.integrity.application.IntegrityFigures;
import court.tianping.integrity.application.IntegrityPeople;
import court.tianping.integrity.domain.ChainReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The verification of the 三个规定 chains for the discipline office, and the integrity figures. */
@Controller
class DisciplineController {

    private final ChainVerification verification;
    private final IntegrityFigures figures;
    private final IntegrityPeople people;
    private final Clock clock;

    DisciplineController(ChainVerification verification, IntegrityFigures figures, IntegrityPeople people, Clock clock) {
        this.people = people;
        this.verification = verification;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/integrity/verification")
    @PreAuthorize("hasAuthority('integrity:records')")
    String verification(Model model) {
        List<ChainReport> reports = verification.visible();
        model.addAttribute("reports", reports);
        model.addAttribute("courts", people.courtNames());
        model.addAttribute("intact", reports.stream().allMatch(ChainReport::intact));
        return "integrity/verification";
    }

    @GetMapping("/integrity/figures")
    @PreAuthorize("hasAuthority('integrity:figures')")
    String figures(@RequestParam(required = false) Integer year, Model model) {
        int current = LocalDate.now(clock).getYear();
        int chosen = year == null || year < 2000 || year > current + 1 ? current : year;
        model.addAttribute("figures", figures.of(chosen));
        model.addAttribute("year", chosen);
        return "integrity/figures";
    }
}
