package court.tianping.supervision.web;

import court.tianping.supervision.application.SupervisionPeople;
import court.tianping.supervision.application.WeeklyReports;
import court.tianping.supervision.application.WeeklyReports.Report;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The weekly evaluation-and-feedback reports (每周评价反馈), on screen and as an Excel workbook. */
@Controller
class WeeklyReportController {

    private final WeeklyReports reports;
    private final SupervisionPeople people;
    private final WeeklyReportWorkbook workbook;

    WeeklyReportController(WeeklyReports reports, SupervisionPeople people, WeeklyReportWorkbook workbook) {
        this.reports = reports;
        this.people = people;
        this.workbook = workbook;
    }

    @GetMapping("/supervision/reports")
    @PreAuthorize("hasAuthority('supervision:report')")
    String list(Model model) {
        model.addAttribute("reports", reports.reports(60));
        return "supervision/reports";
    }

    @GetMapping("/supervision/reports/{id}")
    @PreAuthorize("hasAuthority('supervision:report')")
    String detail(@PathVariable long id, Model model) {
        Report report = reports.report(id);
        List<WeeklyReports.Line> lines = reports.lines(id);
        model.addAttribute("report", report);
        model.addAttribute("branchLines", lines.stream().filter(l -> l.subject() == WeeklyReports.LineSubject.BRANCH).toList());
        model.addAttribute("memberLines", lines.stream().filter(l -> l.subject() == WeeklyReports.LineSubject.MEMBER).toList());
        return "supervision/report";
    }

    @GetMapping("/supervision/reports/{id}/export")
    @PreAuthorize("hasAuthority('supervision:report')")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        Report report = reports.report(id);
        byte[] file = workbook.write(report, reports.lines(id));
        String name = "weekly-feedback-" + report.weekStart() + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(file);
    }
}
