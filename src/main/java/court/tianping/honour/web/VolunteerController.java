package court.tianping.honour.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.honour.application.HonourAccess;
import court.tianping.honour.application.HonourPeople;
import court.tianping.honour.application.HonourQueries;
import court.tianping.honour.application.HonourRecords;
import court.tianping.honour.domain.VolunteerTeam;
import court.tianping.platform.Links;
import court.tianping.platform.PageSteps;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Volunteer teams (天平志愿服务队): forming one, its volunteers, its service activities and the hours served. */
@Controller
class VolunteerController {

    private static final String HOURS = "hours-";

    private final HonourRecords records;
    private final HonourQueries queries;
    private final HonourPeople people;
    private final HonourAccess access;
    private final PageSteps steps;
    private final Links links;
    private final Clock clock;

    VolunteerController(HonourRecords records, HonourQueries queries, HonourPeople people, HonourAccess access, PageSteps steps,
                        Links links, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.people = people;
        this.access = access;
        this.steps = steps;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/honours/volunteers")
    @PreAuthorize("hasAuthority('honour:figures') or hasAuthority('honour:record')")
    String teams(@RequestParam(required = false) Integer year, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("teams", queries.teams(shown));
        PageResult<HonourQueries.MemberHours> hours = queries.memberHours(shown, 0, 20);
        model.addAttribute("memberHours", hours.content());
        model.addAttribute("organisations", people.organisations(access.requireCourt()));
        model.addAttribute("today", LocalDate.now(clock));
        return "honour/volunteers";
    }

    @PostMapping("/honours/volunteers")
    @PreAuthorize("hasAuthority('honour:record')")
    String form(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String name,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate formedOn,
                RedirectAttributes redirect) {
        return steps.create(redirect, null, "teamForm", Map.of("name", name == null ? "" : name), "/honours/volunteers",
                "honour.done.team-formed", () -> records.formTeam(organizationId, name, formedOn),
                id -> "/honours/volunteers/" + id);
    }

    @GetMapping("/honours/volunteers/{id}")
    @PreAuthorize("hasAuthority('honour:figures') or hasAuthority('honour:record')")
    String team(@PathVariable long id, @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                Model model) {
        VolunteerTeam team = records.team(id);
        int shown = year(year);
        model.addAttribute("team", team);
        model.addAttribute("year", shown);
        model.addAttribute("organization", people.unitNames(List.of(team.organizationId())).get(team.organizationId()));
        model.addAttribute("volunteers", queries.volunteers(id, shown));
        PageResult<HonourQueries.ServiceRow> services = queries.services(id, Math.max(0, page), 20);
        model.addAttribute("services", services);
        model.addAttribute("pager", links.pager(services));
        model.addAttribute("members", people.membersOfCourt(team.courtId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "honour/team";
    }

    @PostMapping("/honours/volunteers/{id}/members")
    @PreAuthorize("hasAuthority('honour:record')")
    String join(@PathVariable long id, @RequestParam(required = false) Long memberId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
                RedirectAttributes redirect) {
        return steps.run(redirect, "/honours/volunteers/" + id, "honour.done.joined", () -> records.join(id, memberId, joinedOn));
    }

    @PostMapping("/honours/volunteers/{id}/services")
    @PreAuthorize("hasAuthority('honour:record')")
    String serve(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        records.team(id);
        redirect.addFlashAttribute("serviceForm", form);
        return steps.run(redirect, "/honours/volunteers/" + id, "honour.done.service-recorded",
                () -> records.recordService(id, day(form.get("servedOn")), form.get("place"), form.get("description"),
                        hours(form)));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException("error.honour.bad-date");
        }
    }

    private static Map<Long, BigDecimal> hours(Map<String, String> form) {
        Map<Long, BigDecimal> hours = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : form.entrySet()) {
            if (entry.getKey().startsWith(HOURS) && entry.getValue() != null && !entry.getValue().isBlank()) {
                try {
                    hours.put(Long.parseLong(entry.getKey().substring(HOURS.length())), new BigDecimal(entry.getValue().strip()));
                } catch (NumberFormatException e) {
                    throw new DomainException("error.honour.hours", 24);
                }
            }
        }
        return hours;
    }

    private int year(Integer year) {
        return year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
    }
}
