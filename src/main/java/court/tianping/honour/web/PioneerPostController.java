package court.tianping.honour.web;

import court.tianping.honour.application.HonourAccess;
import court.tianping.honour.application.HonourPeople;
import court.tianping.honour.application.HonourQueries;
import court.tianping.honour.application.HonourRecords;
import court.tianping.platform.PageSteps;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;

/** Party-member pioneer posts (党员先锋岗) with their holders and commitments. */
@Controller
class PioneerPostController {

    private final HonourRecords records;
    private final HonourQueries queries;
    private final HonourPeople people;
    private final HonourAccess access;
    private final PageSteps steps;

    PioneerPostController(HonourRecords records, HonourQueries queries, HonourPeople people, HonourAccess access, PageSteps steps) {
        this.records = records;
        this.queries = queries;
        this.people = people;
        this.access = access;
        this.steps = steps;
    }

    record PostForm(Long organizationId, String name, @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn, String commitments, List<Long> holderIds) {

        public boolean holds(long memberId) {
            return holderIds != null && holderIds.contains(memberId);
        }
    }

    @GetMapping("/honours/posts")
    @PreAuthorize("hasAuthority('honour:figures') or hasAuthority('honour:record')")
    String posts(Model model) {
        long court = access.requireCourt();
        model.addAttribute("posts", queries.posts());
        model.addAttribute("organisations", people.organisations(court));
        model.addAttribute("members", people.membersOfCourt(court));
        return "honour/posts";
    }

    @PostMapping("/honours/posts")
    @PreAuthorize("hasAuthority('honour:record')")
    String establish(@ModelAttribute PostForm form, BindingResult binding, RedirectAttributes redirect) {
        return steps.create(redirect, binding, "postForm", form, "/honours/posts", "honour.done.post-established",
                () -> records.establishPost(form.organizationId(), form.name(), form.startsOn(), form.endsOn(),
                        form.commitments(), form.holderIds()), id -> "/honours/posts");
    }
}
