package court.tianping.integrity.web;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.integrity.application.Commitments;
import court.tianping.integrity.application.InterferenceRecords;
import court.tianping.integrity.application.ZeroReports;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A member's own integrity page: this year's commitment, their monthly zero reports, the receipts of their records. */
@Controller
class MyIntegrityController {

    private static final int MONTHS_SHOWN = 6;

    private final Commitments commitments;
    private final ZeroReports zeroReports;
    private final InterferenceRecords records;
    private final Messages messages;
    private final Links links;

    MyIntegrityController(Commitments commitments, ZeroReports zeroReports, InterferenceRecords records, Messages messages,
                          Links links) {
        this.commitments = commitments;
        this.zeroReports = zeroReports;
        this.records = records;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/integrity")
    @PreAuthorize("hasAuthority('integrity:commit')")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        try {
            model.addAttribute("commitment", commitments.mine());
            model.addAttribute("months", zeroReports.mine(MONTHS_SHOWN));
            PageResult<InterferenceRecords.MyRow> result = records.mine(Math.max(0, page), 20);
            model.addAttribute("result", result);
            model.addAttribute("pager", links.pager(result));
        } catch (DomainException e) {
            model.addAttribute("unavailable", messages.of(e));
        }
        model.addAttribute("today", LocalDate.now());
        return "integrity/mine";
    }

    @PostMapping("/integrity/commitment")
    @PreAuthorize("hasAuthority('integrity:commit')")
    String sign(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
                @RequestParam(name = "document", required = false) MultipartFile document, RedirectAttributes redirect) {
        try {
            byte[] content = document == null ? null : document.getBytes();
            commitments.sign(signedOn, document == null ? null : document.getOriginalFilename(), content);
            redirect.addFlashAttribute("notice", messages.get("integrity.done.signed"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/integrity";
    }

    @GetMapping("/integrity/commitment/document")
    @PreAuthorize("hasAuthority('integrity:commit')")
    ResponseEntity<byte[]> myDocument() {
        return Downloads.of(commitments.myDocument());
    }

    @PostMapping("/integrity/zero-reports")
    @PreAuthorize("hasAuthority('integrity:commit')")
    String file(@RequestParam(required = false) String month, RedirectAttributes redirect) {
        try {
            zeroReports.file(month(month));
            redirect.addFlashAttribute("notice", messages.get("integrity.done.zero-report", month));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        }
        return "redirect:/integrity";
    }

    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("error.integrity.month-format", text);
        }
    }
}
