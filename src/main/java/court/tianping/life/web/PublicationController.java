package court.tianping.life.web;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.life.application.PublicationBoard;
import court.tianping.life.domain.Publication;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The publication board (党务公开): what was published and when, each item with its versions. */
@Controller
class PublicationController {

    private final PublicationBoard board;
    private final Messages messages;
    private final Links links;

    PublicationController(PublicationBoard board, Messages messages, Links links) {
        this.board = board;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/life/publications")
    @PreAuthorize("hasAuthority('life:read')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<PublicationBoard.Item> items = board.board(page, 20);
        model.addAttribute("items", items);
        model.addAttribute("pager", links.pager(items));
        return "life/publications";
    }

    @GetMapping("/life/publications/{id}")
    @PreAuthorize("hasAuthority('life:read')")
    String detail(@PathVariable long id, Model model) {
        Publication publication = board.visible(id);
        model.addAttribute("p", publication);
        model.addAttribute("canCorrect", board.canCorrect(publication));
        return "life/publication";
    }

    @PostMapping("/life/publications/{id}/correct")
    @PreAuthorize("hasAuthority('life:publish')")
    String correct(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String title,
                   @RequestParam(required = false) String body, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        try {
            board.correct(id, seen(version), title, body, reason);
            redirect.addFlashAttribute("notice", messages.get("life.done.corrected"));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", messages.get("error.concurrent-change"));
        }
        return "redirect:/life/publications/" + id;
    }

    /** The version the form was made from; a form without one is treated as stale. */
    private static int seen(Integer version) {
        return version == null ? -1 : version;
    }
}
