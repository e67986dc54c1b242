package court.tianping.supervision.web;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import court.tianping.supervision.ArchiveCounts;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackSource;
import court.tianping.supervision.FeedbackState;
import court.tianping.supervision.application.FeedbackCommand;
import court.tianping.supervision.application.FeedbackIntake;
import court.tianping.supervision.application.FeedbackQueries;
import court.tianping.supervision.application.FeedbackVerification;
import court.tianping.supervision.application.SupervisionAccess;
import court.tianping.supervision.application.SupervisionPeople;
import court.tianping.supervision.domain.Feedback;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Public feedback: the list, recording an item received by phone or letter, and its verification. */
@Controller
class FeedbackController {

    /** The feedback form as typed; numbers and choices that do not parse arrive as null and are refused with a message. */
    record FeedbackForm(String memberId, String organizationId, String source, String kind, String content, String rating,
                        String giverName, String giverPhone, String receivedAt) {

        static FeedbackForm empty() {
            return new FeedbackForm(null, null, null, null, null, null, null, null, null);
        }

        FeedbackCommand command() {
            return new FeedbackCommand(number(memberId, "error.supervision.unknown-member"),
                    number(organizationId, "error.supervision.unknown-organization"),
                    choice(FeedbackSource.class, source), choice(FeedbackKind.class, kind), content,
                    rating == null || rating.isBlank() ? null : Math.toIntExact(number(rating, "error.supervision.rating-range")),
                    giverName, giverPhone, null, moment(receivedAt));
        }

        private static LocalDateTime moment(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new DomainException("error.supervision.moment", text);
            }
        }

        private static Long number(String text, String error) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new DomainException(error, text);
            }
        }

        private static <E extends Enum<E>> E choice(Class<E> type, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip());
            } catch (IllegalArgumentException e) {
                throw new DomainException("error.supervision.choice", text);
            }
        }
    }

    private final FeedbackIntake intake;
    private final FeedbackVerification verification;
    private final FeedbackQueries queries;
    private final SupervisionPeople people;
    private final SupervisionAccess access;
    private final SupervisionChoices choices;
    private final Messages messages;
    private final Links links;
    private final ObjectProvider<ArchiveCounts> archive;

    FeedbackController(FeedbackIntake intake, FeedbackVerification verification, FeedbackQueries queries,
                       SupervisionPeople people, SupervisionAccess access, SupervisionChoices choices, Messages messages,
                       Links links, ObjectProvider<ArchiveCounts> archive) {
        this.intake = intake;
        this.verification = verification;
        this.queries = queries;
        this.people = people;
        this.access = access;
        this.choices = choices;
        this.messages = messages;
        this.links = links;
        this.archive = archive;
    }

    @GetMapping("/supervision/feedback")
    @PreAuthorize("hasAuthority('supervision:read')")
    String list(@RequestParam(required = false) FeedbackState state, @RequestParam(required = false) FeedbackKind kind,
                @RequestParam(required = false) FeedbackSource source, @RequestParam(defaultValue = "0") int page,
                Model model) {
        PageResult<FeedbackQueries.FeedbackRow> result = queries.list(new FeedbackQueries.Filter(state, kind, source),
                Math.max(0, page), 20);
        model.addAttribute("result", result);
        model.addAttribute("pager", links.pager(result));
        model.addAttribute("state", state);
        model.addAttribute("kind", kind);
        model.addAttribute("source", source);
        model.addAttribute("states", FeedbackState.values());
        model.addAttribute("kinds", FeedbackKind.values());
        model.addAttribute("sources", FeedbackSource.values());
        return "supervision/feedback-list";
    }

    @GetMapping("/supervision/feedback/new")
    @PreAuthorize("hasAuthority('supervision:record')")
    String form(Model model) {
        return form(FeedbackForm.empty(), null, model);
    }

    @PostMapping("/supervision/feedback")
    @PreAuthorize("hasAuthority('supervision:record')")
    String record(@ModelAttribute FeedbackForm form, Model model, RedirectAttributes redirect) {
        try {
            FeedbackIntake.Received received = intake.receive(form.command());
            redirect.addFlashAttribute("notice", messages.get("supervision.done.received"));
            return access.verifies() ? "redirect:/supervision/feedback/" + received.id() : "redirect:/supervision/feedback";
        } catch (NotFoundException e) {
            return form(form, messages.get("error.supervision.subject-outside"), model);
        } catch (DomainException e) {
            return form(form, messages.of(e), model);
        }
    }

    private String form(FeedbackForm form, String error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("branches", choices.branches());
        model.addAttribute("sources", FeedbackSource.values());
        model.addAttribute("kinds", FeedbackKind.values());
        return "supervision/feedback-form";
    }

    @GetMapping("/supervision/feedback/{id}")
    @PreAuthorize("hasAuthority('supervision:read')")
    String detail(@PathVariable long id, Model model) {
        Feedback feedback = verification.visible(id);
        List<Long> members = feedback.memberId() == null ? List.of() : List.of(feedback.memberId());
        List<Long> units = new ArrayList<>(List.of(feedback.organizationId()));
        model.addAttribute("feedback", feedback);
        model.addAttribute("memberName", members.isEmpty() ? null : people.memberNames(members).get(feedback.memberId()));
        model.addAttribute("organizationName", people.unitNames(units).get(feedback.organizationId()));
        model.addAttribute("phone", access.verifies() ? feedback.giverPhone() : PersonalData.maskPhone(feedback.giverPhone()));
        model.addAttribute("open", feedback.verifiable());
        model.addAttribute("archivedAt", archive.getIfAvailable() == null ? null
                : archive.getIfAvailable().archivedAt(feedback.courtId(), feedback.id()).orElse(null));
        return "supervision/feedback";
    }

    @PostMapping("/supervision/feedback/{id}/verify")
    @PreAuthorize("hasAuthority('supervision:verify')")
    String verify(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                  @RequestParam(required = false) String verdict, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        String back = "redirect:/supervision/feedback/" + id;
        if (!"FOUNDED".equals(verdict) && !"UNFOUNDED".equals(verdict)) {
            redirect.addFlashAttribute("failure", messages.get("error.supervision.verdict-required"));
            return back;
        }
        try {
            verification.verify(id, version, "FOUNDED".equals(verdict), note);
            redirect.addFlashAttribute("notice", messages.get("supervision.done.verified"));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", messages.get("error.concurrent-change"));
        }
        return back;
    }
}
