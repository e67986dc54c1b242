package court.tianping.study.web;

import court.tianping.study.TrainingStage;
import court.tianping.study.application.StudyPeople;
import court.tianping.study.application.StudyTraining;
import court.tianping.study.domain.Attendee;
import court.tianping.study.domain.TrainingChain;
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
import java.util.List;

/** A member's training chain (新入职 > 法官助理 > 初任法官 > 在职) with its history, and the next stage recorded. */
@Controller
class ChainController {

    private final StudyTraining training;
    private final StudyPeople people;
    private final Actions actions;

    ChainController(StudyTraining training, StudyPeople people, Actions actions) {
        this.training = training;
        this.people = people;
        this.actions = actions;
    }

    @GetMapping("/study/members/{memberId}/training")
    @PreAuthorize("hasAuthority('study:read')")
    String chain(@PathVariable long memberId, Model model) {
        Attendee member = training.visibleMember(memberId);
        TrainingChain chain = training.chainOf(memberId).orElse(null);
        model.addAttribute("memberId", member.memberId());
        model.addAttribute("memberName", people.memberNames(List.of(memberId)).get(memberId));
        model.addAttribute("chain", chain);
        model.addAttribute("stages", TrainingStage.values());
        model.addAttribute("nextStage", chain == null ? TrainingStage.NEW_RECRUIT : chain.stage().next().orElse(null));
        return "study/chain";
    }

    @PostMapping("/study/members/{memberId}/training")
    @PreAuthorize("hasAuthority('study:training')")
    String reach(@PathVariable long memberId, @RequestParam(required = false) TrainingStage stage,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reachedOn,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        training.visibleMember(memberId);
        return actions.run(redirect, "/study/members/" + memberId + "/training", "study.done.stage-reached",
                () -> training.reachStage(memberId, stage, reachedOn, note));
    }
}
