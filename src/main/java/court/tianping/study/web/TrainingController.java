package court.tianping.study.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.study.application.StudyPeople;
import court.tianping.study.application.StudyQueries;
import court.tianping.study.application.StudyTraining;
import court.tianping.study.domain.Enrolment;
import court.tianping.study.domain.TrainingClass;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Rotation training classes (政治轮训班): opening one, enrolling members, recording completion. */
@Controller
class TrainingController {

    private final StudyTraining training;
    private final StudyQueries queries;
    private final StudyPeople people;
    private final StudyChoices choices;
    private final Actions actions;
    private final Messages messages;
    private final Links links;

    TrainingController(StudyTraining training, StudyQueries queries, StudyPeople people, StudyChoices choices,
                       Actions actions, Messages messages, Links links) {
        this.training = training;
        this.queries = queries;
        this.people = people;
        this.choices = choices;
        this.actions = actions;
        this.messages = messages;
        this.links = links;
    }

    record EnrolmentRow(long memberId, String name, LocalDate enrolledOn, LocalDate completedOn) {
    }

    @GetMapping("/study/classes")
    @PreAuthorize("hasAuthority('study:read')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<StudyQueries.ClassRow> result = queries.classes(Math.max(0, page), 20);
        model.addAttribute("result", result);
        model.addAttribute("pager", links.pager(result));
        model.addAttribute("hosts", choices.hosts());
        return "study/classes";
    }

    @PostMapping("/study/classes")
    @PreAuthorize("hasAuthority('study:training')")
    String open(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String name,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                @RequestParam(required = false) Integer hours, RedirectAttributes redirect) {
        try {
            long id = training.openClass(organizationId, name, startsOn, endsOn, hours);
            redirect.addFlashAttribute("notice", messages.get("study.done.class-opened"));
            return "redirect:/study/classes/" + id;
        } catch (court.tianping.core.NotFoundException e) {
            redirect.addFlashAttribute("failure", messages.get("error.study.unknown-organization", organizationId));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:/study/classes";
    }

    @GetMapping("/study/classes/{id}")
    @PreAuthorize("hasAuthority('study:read')")
    String detail(@PathVariable long id, Model model) {
        TrainingClass training = this.training.visibleClass(id);
        Map<Long, String> names = people.memberNames(training.enrolments().stream().map(Enrolment::memberId).toList());
        model.addAttribute("training", training);
        model.addAttribute("enrolments", training.enrolments().stream()
                .map(e -> new EnrolmentRow(e.memberId(), names.getOrDefault(e.memberId(), ""), e.enrolledOn(), e.completedOn()))
                .sorted(Comparator.comparing(EnrolmentRow::name)).toList());
        model.addAttribute("members", choices.members());
        return "study/class";
    }

    @PostMapping("/study/classes/{id}/enrol")
    @PreAuthorize("hasAuthority('study:training')")
    String enrol(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                 @RequestParam(required = false) Long memberId, RedirectAttributes redirect) {
        return actions.run(redirect, "/study/classes/" + id, "study.done.enrolled",
                () -> training.enrol(id, version, memberId));
    }

    @PostMapping("/study/classes/{id}/complete")
    @PreAuthorize("hasAuthority('study:training')")
    String complete(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                    @RequestParam(required = false) Long memberId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
                    RedirectAttributes redirect) {
        return actions.run(redirect, "/study/classes/" + id, "study.done.completed",
                () -> training.complete(id, version, memberId, completedOn));
    }

}
