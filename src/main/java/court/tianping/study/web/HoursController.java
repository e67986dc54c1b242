package court.tianping.study.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.study.application.StudyAccess;
import court.tianping.study.application.StudyHours;
import court.tianping.study.application.StudyHours.Period;
import court.tianping.study.application.StudyHours.Tally;
import court.tianping.study.application.StudyRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Hours and completion per member, branch and court for a period, and the study register as Excel. */
@Controller
class HoursController {

    private final StudyHours hours;
    private final StudyRegister register;
    private final StudyAccess access;
    private final OrganizationDirectory directory;
    private final Messages messages;
    private final Links links;
    private final Clock clock;

    HoursController(StudyHours hours, StudyRegister register, StudyAccess access, OrganizationDirectory directory,
                    Messages messages, Links links, Clock clock) {
        this.hours = hours;
        this.register = register;
        this.access = access;
        this.directory = directory;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/study/hours")
    @PreAuthorize("hasAuthority('study:record') or hasAuthority('study:export')")
    String hours(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        Period period;
        try {
            period = period(from, to);
        } catch (DomainException e) {
            model.addAttribute("failure", messages.of(e));
            period = Period.year(LocalDate.now(clock).getYear());
        }
        PageResult<Tally> members = hours.members(period, Math.max(0, page), 50);
        model.addAttribute("period", period);
        model.addAttribute("members", members);
        model.addAttribute("pager", links.pager(members));
        model.addAttribute("branches", hours.branches(access.requireCourt(), period));
        model.addAttribute("courts", hours.courts(period, courtNames()));
        return "study/hours";
    }

    @GetMapping("/study/register.xlsx")
    @PreAuthorize("hasAuthority('study:export')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = period(from, to);
        long court = access.requireCourt();
        String courtName = directory.court(court).map(OrganizationDirectory.CourtEntry::name).orElse("");
        byte[] workbook = new StudyRegisterWorkbook(messages).write(courtName, period, register.sessions(period),
                hours.members(period, 0, StudyRegister.MAX_ROWS).content(), register.inspections(period));
        String name = messages.get("study.register.file", period.from(), period.to()) + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook);
    }

    private Period period(LocalDate from, LocalDate to) {
        int year = LocalDate.now(clock).getYear();
        return new Period(from == null ? LocalDate.of(year, 1, 1) : from, to == null ? LocalDate.of(year, 12, 31) : to);
    }

    private Map<Long, String> courtNames() {
        List<OrganizationDirectory.CourtEntry> courts = directory.courts();
        return courts.stream().collect(Collectors.toMap(OrganizationDirectory.CourtEntry::id, OrganizationDirectory.CourtEntry::name));
    }
}
