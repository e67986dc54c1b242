package court.tianping.cobuilding.web;

import court.tianping.cobuilding.application.Agreements;
import court.tianping.cobuilding.application.CobuildingFigures;
import court.tianping.cobuilding.application.Partners;
import court.tianping.cobuilding.application.StreetReports;
import court.tianping.cobuilding.application.Upload;
import court.tianping.core.DomainException;
import court.tianping.platform.Messages;
import court.tianping.platform.PageSteps;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.Clock;
import java.time.LocalDate;

/**
 * The office's co-building page: 双百分百 with the branches and judges still missing, activities and people reached
 * by month, the 1+6 scorecard of every street with its annual report filed here, and the agreements expiring soon.
 */
@Controller
class FiguresController {

    private final CobuildingFigures figures;
    private final Agreements agreements;
    private final StreetReports reports;
    private final Partners partners;
    private final Messages messages;
    private final Clock clock;
    private final PageSteps steps;

    FiguresController(CobuildingFigures figures, Agreements agreements, StreetReports reports, Partners partners,
                      Messages messages, Clock clock, PageSteps steps) {
        this.figures = figures;
        this.agreements = agreements;
        this.reports = reports;
        this.partners = partners;
        this.messages = messages;
        this.clock = clock;
        this.steps = steps;
    }

    @GetMapping("/cobuilding")
    @PreAuthorize("hasAuthority('cobuilding:figures')")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Periods period = Periods.of(from, to, clock);
        CobuildingFigures.Figures computed;
        try {
            computed = figures.of(period.from(), period.to());
        } catch (DomainException e) {
            model.addAttribute("failure", messages.of(e));
            period = Periods.thisYear(clock);
            computed = figures.of(period.from(), period.to());
        }
        model.addAttribute("period", period);
        model.addAttribute("figures", computed);
        model.addAttribute("expiring", agreements.list(null, true, 0, 50).content());
        model.addAttribute("streets", partners.streetNames());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "cobuilding/figures";
    }

    @GetMapping("/cobuilding/scorecard.xlsx")
    @PreAuthorize("hasAuthority('cobuilding:figures')")
    ResponseEntity<byte[]> scorecard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Periods period = Periods.of(from, to, clock);
        if (period.to().isBefore(period.from())) {
            period = Periods.thisYear(clock);
        }
        CobuildingFigures.Figures computed = figures.of(period.from(), period.to());
        byte[] workbook = new CobuildingWorkbooks(messages).scorecard(computed);
        return Downloads.file(messages.get("cobuilding.scorecard.file", period.from(), period.to()), Downloads.XLSX, workbook, false);
    }

    @PostMapping("/cobuilding/reports")
    @PreAuthorize("hasAuthority('cobuilding:admin')")
    String fileReport(@RequestParam(required = false) Long street, @RequestParam(required = false) String year,
                      @RequestParam(required = false) String title,
                      @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        Integer reportYear = year == null || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip());
        return steps.run(redirect, "/cobuilding", "cobuilding.done.report", () -> reports.file(street, reportYear, title,
                file == null ? null : new Upload(file.getOriginalFilename(), file.getSize(), file)));
    }

    @GetMapping("/cobuilding/reports/{id}")
    @PreAuthorize("hasAuthority('cobuilding:figures')")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        StreetReports.Report report = reports.download(id);
        return Downloads.file(report.fileName(), report.contentType(), report.content(), false);
    }
}
