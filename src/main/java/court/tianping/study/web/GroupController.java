package court.tianping.study.web;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.platform.Messages;
import court.tianping.study.application.StudyPeople;
import court.tianping.study.application.StudyQueries;
import court.tianping.study.application.StudyTraining;
import court.tianping.study.domain.YouthMember;
import court.tianping.study.domain.YouthStudyGroup;
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

/** Youth theory-study groups and lecture series: forming and creating them, and who belongs to a group. */
@Controller
class GroupController {

    private final StudyTraining training;
    private final StudyQueries queries;
    private final StudyPeople people;
    private final StudyChoices choices;
    private final Actions actions;
    private final Messages messages;

    GroupController(StudyTraining training, StudyQueries queries, StudyPeople people, StudyChoices choices,
                    Actions actions, Messages messages) {
        this.training = training;
        this.queries = queries;
        this.people = people;
        this.choices = choices;
        this.actions = actions;
        this.messages = messages;
    }

    record GroupMemberRow(long memberId, String name, LocalDate birthDate, LocalDate joinedOn) {
    }

    @GetMapping("/study/groups")
    @PreAuthorize("hasAuthority('study:read')")
    String list(Model model) {
        model.addAttribute("groups", queries.groups());
        model.addAttribute("series", queries.series());
        model.addAttribute("hosts", choices.hosts());
        return "study/groups";
    }

    @PostMapping("/study/groups")
    @PreAuthorize("hasAuthority('study:training')")
    String form(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String name,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate formedOn,
                RedirectAttributes redirect) {
        try {
            long id = training.formGroup(organizationId, name, formedOn);
            redirect.addFlashAttribute("notice", messages.get("study.done.group-formed"));
            return "redirect:/study/groups/" + id;
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("failure", messages.get("error.study.unknown-organization", organizationId));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:/study/groups";
    }

    @PostMapping("/study/series")
    @PreAuthorize("hasAuthority('study:training')")
    String series(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String name,
                  RedirectAttributes redirect) {
        try {
            training.createSeries(organizationId, name);
            redirect.addFlashAttribute("notice", messages.get("study.done.series-created"));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("failure", messages.get("error.study.unknown-organization", organizationId));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:/study/groups";
    }

    @GetMapping("/study/groups/{id}")
    @PreAuthorize("hasAuthority('study:read')")
    String detail(@PathVariable long id, Model model) {
        YouthStudyGroup group = training.visibleGroup(id);
        List<Long> ids = group.members().stream().map(YouthMember::memberId).toList();
        Map<Long, String> names = people.memberNames(ids);
        Map<Long, LocalDate> births = people.birthDates(ids);
        model.addAttribute("group", group);
        model.addAttribute("home", people.unitNames(List.of(group.organizationId())).get(group.organizationId()));
        model.addAttribute("members", group.members().stream()
                .map(m -> new GroupMemberRow(m.memberId(), names.getOrDefault(m.memberId(), ""), births.get(m.memberId()), m.joinedOn()))
                .sorted(Comparator.comparing(GroupMemberRow::name)).toList());
        model.addAttribute("candidates", choices.members());
        return "study/group";
    }

    @PostMapping("/study/groups/{id}/members")
    @PreAuthorize("hasAuthority('study:training')")
    String join(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                @RequestParam(required = false) Long memberId, RedirectAttributes redirect) {
        return actions.run(redirect, "/study/groups/" + id, "study.done.joined", () -> training.join(id, version, memberId));
    }
}
