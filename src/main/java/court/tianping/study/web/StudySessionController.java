package court.tianping.study.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.study.SessionState;
import court.tianping.study.StudyKind;
import court.tianping.study.application.StudyAccess;
import court.tianping.study.application.StudyPeople;
import court.tianping.study.application.StudyQueries;
import court.tianping.study.application.StudySessions;
import court.tianping.study.domain.Attendance;
import court.tianping.study.domain.StudySession;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Study sessions: the list, planning one, its page with the attendance, holding or cancelling it. */
@Controller
class StudySessionController {

    private static final int PAGE_SIZE = 20;

    private final StudySessions sessions;
    private final StudyQueries queries;
    private final StudyPeople people;
    private final StudyAccess access;
    private final StudyChoices choices;
    private final Actions actions;
    private final Messages messages;
    private final Links links;

    StudySessionController(StudySessions sessions, StudyQueries queries, StudyPeople people, StudyAccess access,
                           StudyChoices choices, Actions actions, Messages messages, Links links) {
        this.sessions = sessions;
        this.queries = queries;
        this.people = people;
        this.access = access;
        this.choices = choices;
        this.actions = actions;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/study")
    @PreAuthorize("hasAuthority('study:read')")
    String list(@RequestParam(required = false) StudyKind kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<StudyQueries.SessionRow> result = queries.sessions(kind, from, to, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("pager", links.pager(result));
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", StudyKind.values());
        return "study/sessions";
    }

    @GetMapping("/study/sessions/new")
    @PreAuthorize("hasAuthority('study:record')")
    String form(Model model) {
        return form(SessionForm.empty(), null, model);
    }

    @PostMapping("/study/sessions")
    @PreAuthorize("hasAuthority('study:record')")
    String plan(@ModelAttribute("form") SessionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, messages.get("error.form.unreadable"), model);
        }
        try {
            long id = sessions.plan(form.plan(), form.organizationId());
            redirect.addFlashAttribute("notice", messages.get("study.done.planned"));
            return "redirect:/study/sessions/" + id;
        } catch (DomainException e) {
            if (e instanceof court.tianping.core.NotFoundException) {
                return form(form, messages.get("error.study.unknown-organization", form.organizationId()), model);
            }
            return form(form, messages.of(e), model);
        }
    }

    private String form(SessionForm form, String error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("kinds", StudyKind.values());
        model.addAttribute("hosts", choices.hosts());
        model.addAttribute("leaders", choices.members());
        model.addAttribute("groups", queries.groupChoices());
        model.addAttribute("series", queries.seriesChoices());
        return "study/session-form";
    }

    @GetMapping("/study/sessions/{id}")
    @PreAuthorize("hasAuthority('study:read')")
    String detail(@PathVariable long id, Model model) {
        StudySession session = sessions.visible(id);
        List<Long> attendeeIds = session.attendance().stream().map(Attendance::memberId).toList();
        List<Long> named = new ArrayList<>(attendeeIds);
        if (session.leaderMemberId() != null) {
            named.add(session.leaderMemberId());
        }
        Map<Long, String> names = people.memberNames(named);
        model.addAttribute("record", session);
        model.addAttribute("host", people.unitNames(List.of(session.organizationId())).get(session.organizationId()));
        model.addAttribute("leader", session.leaderMemberId() == null ? null : names.get(session.leaderMemberId()));
        model.addAttribute("attendees", attendeeIds.stream().map(m -> names.getOrDefault(m, "")).sorted().toList());
        boolean editable = session.state() == SessionState.PLANNED
                && access.covers(session.courtId(), session.organizationPath());
        model.addAttribute("editable", editable);
        model.addAttribute("eligible", editable ? sessions.eligible(session) : List.of());
        return "study/session";
    }

    @PostMapping("/study/sessions/{id}/hold")
    @PreAuthorize("hasAuthority('study:record')")
    String hold(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                @RequestParam(name = "attendees", required = false) List<Long> attendees,
                @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        return actions.run(redirect, "/study/sessions/" + id, "study.done.held",
                () -> sessions.hold(id, version, attendees, summary));
    }

    @PostMapping("/study/sessions/{id}/cancel")
    @PreAuthorize("hasAuthority('study:record')")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return actions.run(redirect, "/study/sessions/" + id, "study.done.cancelled",
                () -> sessions.cancel(id, version, reason));
    }
}
