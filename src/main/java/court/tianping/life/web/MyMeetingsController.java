package court.tianping.life.web;

import court.tianping.life.application.MeetingQueries;
import court.tianping.life.application.PublicationBoard;
import court.tianping.platform.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** A member's own organisational life: the meetings they were expected at or invited to, and what was published. */
@Controller
class MyMeetingsController {

    private final MeetingQueries queries;
    private final PublicationBoard board;
    private final CurrentUser currentUser;

    MyMeetingsController(MeetingQueries queries, PublicationBoard board, CurrentUser currentUser) {
        this.queries = queries;
        this.board = board;
        this.currentUser = currentUser;
    }

    @GetMapping("/life/mine")
    @PreAuthorize("hasAuthority('life:read')")
    String mine(Model model) {
        Long member = currentUser.require().memberId();
        model.addAttribute("meetings", member == null ? List.of() : queries.ofMember(member, 50));
        model.addAttribute("publications", board.board(0, 10).content());
        return "life/mine";
    }
}
