package court.tianping.integrity.web;

import court.tianping.core.DomainException;
import court.tianping.integrity.application.Commitments;
import court.tianping.integrity.application.ZeroReports;
import court.tianping.platform.Messages;
import org.springframework.http.ResponseEntity;
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
import java.time.YearMonth;

/**
 * For the office and the discipline office: the year's commitment campaign with who has not signed, branch by
 * branch; the month's zero reports with who has filed neither a report nor a record, and reminders to them.
 */
@Controller
class OfficeController {

    private final Commitments commitments;
    private final ZeroReports zeroReports;
    private final Messages messages;
    private final Clock clock;

    OfficeController(Commitments commitments, ZeroReports zeroReports, Messages messages, Clock clock) {
        this.commitments = commitments;
        this.zeroReports = zeroReports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/integrity/commitments")
    @PreAuthorize("hasAuthority('integrity:campaign')")
    String commitments(@RequestParam(required = false) Integer year, Model model) {
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("status", commitments.status(chosen));
        model.addAttribute("year", chosen);
        return "integrity/commitments";
    }

    @PostMapping("/integrity/campaigns")
    @PreAuthorize("hasAuthority('integrity:campaign')")
    String open(@RequestParam(required = false) String year, RedirectAttributes redirect) {
        Integer chosen = null;
        try {
            chosen = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
            commitments.open(chosen);
            redirect.addFlashAttribute("notice", messages.get("integrity.done.campaign-opened", chosen));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("failure", messages.get("error.integrity.year-format", year));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:/integrity/commitments" + (chosen == null ? "" : "?year=" + chosen);
    }

    @GetMapping("/integrity/commitments/{id}/document")
    @PreAuthorize("hasAuthority('integrity:campaign')")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return Downloads.of(commitments.document(id));
    }

    @GetMapping("/integrity/zero-reports")
    @PreAuthorize("hasAuthority('integrity:campaign')")
    String zeroReports(@RequestParam(required = false) String month, Model model) {
        YearMonth chosen;
        try {
            chosen = month == null || month.isBlank() ? YearMonth.now(clock) : MyIntegrityController.month(month);
        } catch (DomainException e) {
            model.addAttribute("error", messages.of(e));
            chosen = YearMonth.now(clock);
        }
        model.addAttribute("status", zeroReports.status(chosen));
        model.addAttribute("month", chosen);
        return "integrity/zero-reports";
    }

    @PostMapping("/integrity/zero-reports/reminders")
    @PreAuthorize("hasAuthority('integrity:campaign')")
    String remind(@RequestParam(required = false) String month, RedirectAttributes redirect) {
        try {
            YearMonth chosen = MyIntegrityController.month(month);
            int sent = zeroReports.remind(chosen);
            redirect.addFlashAttribute("notice", messages.get("integrity.done.reminded", sent));
            return "redirect:/integrity/zero-reports?month=" + chosen;
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
            return "redirect:/integrity/zero-reports";
        }
    }
}
