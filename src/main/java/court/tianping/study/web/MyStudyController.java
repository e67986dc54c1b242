package court.tianping.study.web;

import court.tianping.platform.Messages;
import court.tianping.study.application.StudyAccess;
import court.tianping.study.application.StudyHours;
import court.tianping.study.application.StudyHours.Period;
import court.tianping.study.application.StudyQueries;
import court.tianping.study.application.StudyTraining;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

/** A member's own study: hours and completion this year, sessions attended, classes, groups, training stage. */
@Controller
class MyStudyController {

    private final StudyHours hours;
    private final StudyQueries queries;
    private final StudyTraining training;
    private final StudyAccess access;
    private final Messages messages;
    private final Clock clock;

    MyStudyController(StudyHours hours, StudyQueries queries, StudyTraining training, StudyAccess access, Messages messages,
                   Clock clock) {
        this.hours = hours;
        this.queries = queries;
        this.training = training;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/study/mine")
    @PreAuthorize("hasAuthority('study:read')")
    String mine(@RequestParam(required = false) Integer year, Model model) {
        Long member = access.memberId();
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("stages", court.tianping.study.TrainingStage.values());
        if (member == null) {
            model.addAttribute("failure", messages.get("error.study.no-member"));
            return "study/mine";
        }
        Period period = Period.year(shown);
        model.addAttribute("tally", hours.member(member, period));
        model.addAttribute("sessions", queries.attended(member, period));
        model.addAttribute("classes", queries.classesOf(member));
        model.addAttribute("groups", queries.groupsOf(member));
        model.addAttribute("chain", training.chainOf(member).orElse(null));
        return "study/mine";
    }

}
