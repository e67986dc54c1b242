package court.tianping.honour.web;

import court.tianping.core.PageResult;
import court.tianping.honour.HonourLevel;
import court.tianping.honour.application.HonourAccess;
import court.tianping.honour.application.HonourPeople;
import court.tianping.honour.application.HonourQueries;
import court.tianping.honour.application.HonourRecords;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.platform.PageSteps;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/** Honours and commendations: the figures by level and year, the list, recording one, the export; a member's own. */
@Controller
class HonourController {

    private final HonourRecords records;
    private final HonourQueries queries;
    private final HonourPeople people;
    private final HonourAccess access;
    private final PageSteps steps;
    private final Links links;
    private final Messages messages;
    private final Clock clock;

    HonourController(HonourRecords records, HonourQueries queries, HonourPeople people, HonourAccess access, PageSteps steps,
                     Links links, Messages messages, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.people = people;
        this.access = access;
        this.steps = steps;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/honours")
    @PreAuthorize("hasAuthority('honour:figures') or hasAuthority('honour:record')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) HonourLevel level,
                @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<HonourQueries.HonourRow> result = queries.honours(year, level, Math.max(0, page), 20);
        model.addAttribute("result", result);
        model.addAttribute("pager", links.pager(result));
        model.addAttribute("figures", queries.figures());
        model.addAttribute("levels", HonourLevel.values());
        model.addAttribute("year", year);
        model.addAttribute("level", level);
        model.addAttribute("today", LocalDate.now(clock));
        long court = access.requireCourt();
        model.addAttribute("members", people.membersOfCourt(court));
        model.addAttribute("organisations", people.organisations(court));
        return "honour/honours";
    }

    @PostMapping("/honours")
    @PreAuthorize("hasAuthority('honour:record')")
    String award(@ModelAttribute HonourForm form, BindingResult binding, RedirectAttributes redirect) {
        return steps.create(redirect, binding, "honourForm", form, "/honours#honour-form", "honour.done.awarded",
                () -> records.award(form.title(), form.level(), form.awardedBy(), form.awardedOn(), form.documentNo(),
                        form.memberIds(), form.organizationId()), id -> "/honours");
    }

    @GetMapping("/honours.xlsx")
    @PreAuthorize("hasAuthority('honour:figures') or hasAuthority('honour:record')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) HonourLevel level) {
        byte[] body = new HonourListWorkbook(messages).write(queries.export(year, level));
        String name = messages.get("honour.export.file", year == null ? messages.get("honour.all-years") : year);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }

    @GetMapping("/honours/mine")
    @PreAuthorize("hasAuthority('honour:read')")
    String mine(Model model) {
        Long me = access.memberId();
        model.addAttribute("member", me != null);
        if (me != null) {
            model.addAttribute("honours", queries.honoursOf(me));
            model.addAttribute("hours", queries.hoursOf(me));
            model.addAttribute("posts", queries.postsOf(me));
        }
        return "honour/mine";
    }
}
