package court.tianping.platform.web;

import court.tianping.core.DomainException;
import court.tianping.platform.Messages;
import court.tianping.platform.WorkingDayCalendar.DayKind;
import court.tianping.platform.WorkingDays;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

@Controller
@PreAuthorize("hasAuthority('platform:calendar:manage')")
class CalendarController {

    private final WorkingDays workingDays;
    private final Messages messages;
    private final Clock clock;

    CalendarController(WorkingDays workingDays, Messages messages, Clock clock) {
        this.workingDays = workingDays;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
        model.addAttribute("year", shown);
        model.addAttribute("days", workingDays.year(shown));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("workingDaysInYear",
                workingDays.workingDaysBetween(LocalDate.of(shown - 1, 12, 31), LocalDate.of(shown, 12, 31)));
        return "platform/calendar";
    }

    @PostMapping("/admin/calendar")
    String mark(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(required = false) DayKind kind, @RequestParam(defaultValue = "") String name,
                RedirectAttributes redirect) {
        try {
            workingDays.mark(day, kind, name);
            redirect.addFlashAttribute("notice", messages.get("calendar.marked", day));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/calendar" + (day == null ? "" : "?year=" + day.getYear());
    }

    @PostMapping("/admin/calendar/remove")
    String unmark(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  RedirectAttributes redirect) {
        try {
            if (day == null) {
                throw new DomainException("error.calendar.day-required");
            }
            workingDays.unmark(day);
            redirect.addFlashAttribute("notice", messages.get("calendar.unmarked", day));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/calendar" + (day == null ? "" : "?year=" + day.getYear());
    }
}
