package court.tianping.integrity.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.integrity.InterferenceType;
import court.tianping.integrity.application.InterferenceRecords;
import court.tianping.integrity.application.InterferenceRecords.Receipt;
import court.tianping.integrity.domain.InterferenceRecord;
import court.tianping.integrity.domain.InterferenceRecord.Entry;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
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
import java.time.format.DateTimeParseException;

/**
 * 三个规定 records: any member records what they met (the form comes back with what was typed when something is
 * wrong); the discipline office reads the records in full.
 */
@Controller
class RecordController {

    /** The form as typed, kept as text so that nothing is lost when it comes back. */
    record RecordForm(String type, String caseReference, String intervenerName, String intervenerPost, String occurredAt,
                      String details, String handling, String correctsSeq) {

        Entry entry() {
            return new Entry(type(type), caseReference, intervenerName, intervenerPost, time(occurredAt), details, handling,
                    number(correctsSeq));
        }

        private static InterferenceType type(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return InterferenceType.valueOf(text.strip());
            } catch (IllegalArgumentException e) {
                throw new DomainException("error.integrity.type-required");
            }
        }

        private static LocalDateTime time(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new DomainException("error.integrity.occurred-at-format", text);
            }
        }

        private static Long number(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new DomainException("error.integrity.seq-format", text);
            }
        }
    }

    private final InterferenceRecords records;
    private final Messages messages;
    private final Links links;

    RecordController(InterferenceRecords records, Messages messages, Links links) {
        this.records = records;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/integrity/records/new")
    @PreAuthorize("hasAuthority('integrity:commit')")
    String form(@RequestParam(required = false) String corrects, Model model) {
        return form(new RecordForm(null, null, null, null, null, null, null, corrects), null, model);
    }

    @PostMapping("/integrity/records")
    @PreAuthorize("hasAuthority('integrity:commit')")
    String record(@ModelAttribute RecordForm form, Model model, RedirectAttributes redirect) {
        try {
            Receipt receipt = records.record(form.entry());
            redirect.addFlashAttribute("notice", messages.get("integrity.done.recorded", receipt.seq(), receipt.hash()));
            return "redirect:/integrity";
        } catch (DomainException e) {
            return form(form, messages.of(e), model);
        }
    }

    private String form(RecordForm form, String error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("types", InterferenceType.values());
        return "integrity/record-form";
    }

    @GetMapping("/integrity/records")
    @PreAuthorize("hasAuthority('integrity:records')")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String month,
                @RequestParam(defaultValue = "0") int page, Model model) {
        InterferenceType chosen = null;
        try {
            chosen = type == null || type.isBlank() ? null : InterferenceType.valueOf(type);
            PageResult<InterferenceRecords.Row> result = records.list(chosen, MyIntegrityController.month(month),
                    Math.max(0, page), 20);
            model.addAttribute("result", result);
            model.addAttribute("pager", links.pager(result));
        } catch (DomainException | IllegalArgumentException e) {
            model.addAttribute("error", e instanceof DomainException d ? messages.of(d) : messages.get("error.integrity.type-required"));
        }
        model.addAttribute("type", chosen);
        model.addAttribute("month", month);
        model.addAttribute("types", InterferenceType.values());
        return "integrity/records";
    }

    @GetMapping("/integrity/records/{id}")
    @PreAuthorize("hasAuthority('integrity:records')")
    String detail(@PathVariable long id, Model model) {
        InterferenceRecord record = records.visible(id);
        model.addAttribute("record", record);
        model.addAttribute("recorder", records.memberName(record.recorderMemberId()));
        model.addAttribute("branch", records.unitName(record.branchId()));
        return "integrity/record";
    }
}
