package court.tianping.archive.web;

import court.tianping.archive.EntryKind;
import court.tianping.archive.EntrySource;
import court.tianping.archive.EntryState;
import court.tianping.archive.application.ArchiveAccess;
import court.tianping.archive.application.ArchivePeople;
import court.tianping.archive.application.ArchiveQueries;
import court.tianping.archive.application.EvidenceUpload;
import court.tianping.archive.application.ManualEntries;
import court.tianping.archive.domain.ArchiveEntry;
import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.core.PageResult;
import court.tianping.platform.Links;
import court.tianping.platform.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Members' archives: the entries, a member's archive, my archive, and manual entries confirmed by a second person. */
@Controller
class ArchiveController {

    private final ArchiveQueries queries;
    private final ManualEntries manual;
    private final ArchiveAccess access;
    private final ArchivePeople people;
    private final Messages messages;
    private final Links links;

    ArchiveController(ArchiveQueries queries, ManualEntries manual, ArchiveAccess access, ArchivePeople people,
                      Messages messages, Links links) {
        this.queries = queries;
        this.manual = manual;
        this.access = access;
        this.people = people;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/archive")
    @PreAuthorize("hasAuthority('archive:read')")
    String list(@RequestParam(required = false) EntryKind kind, @RequestParam(required = false) EntryState state,
                @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<ArchiveQueries.EntryRow> result = queries.list(new ArchiveQueries.Filter(kind, state, null), Math.max(0, page), 20);
        model.addAttribute("result", result);
        model.addAttribute("pager", links.pager(result));
        model.addAttribute("kind", kind);
        model.addAttribute("state", state);
        model.addAttribute("kinds", EntryKind.values());
        model.addAttribute("states", EntryState.values());
        model.addAttribute("actor", access.actor());
        return "archive/entries";
    }

    @GetMapping("/archive/mine")
    @PreAuthorize("hasAuthority('archive:read')")
    String mine(Model model) {
        Long member = access.memberId();
        if (member == null) {
            model.addAttribute("archive", null);
            return "archive/member";
        }
        return member(member, model);
    }

    @GetMapping("/archive/members/{memberId}")
    @PreAuthorize("hasAuthority('archive:read')")
    String member(@PathVariable long memberId, Model model) {
        model.addAttribute("archive", queries.archive(memberId));
        return "archive/member";
    }

    @GetMapping("/archive/entries/new")
    @PreAuthorize("hasAuthority('archive:record')")
    String form(Model model) {
        return form(null, null, null, null, null, null, model);
    }

    @PostMapping("/archive/entries")
    @PreAuthorize("hasAuthority('archive:record')")
    String propose(@RequestParam(required = false) String memberId, @RequestParam(required = false) String source,
                   @RequestParam(required = false) String occurredOn, @RequestParam(required = false) String summary,
                   @RequestParam(required = false) String evidenceRef,
                   @RequestParam(required = false) MultipartFile evidenceFile, Model model, RedirectAttributes redirect) {
        try {
            long id = manual.propose(memberOf(memberId), sourceOf(source), dateOf(occurredOn), summary, evidenceRef,
                    upload(evidenceFile));
            redirect.addFlashAttribute("notice", messages.get("archive.done.proposed", id));
            return "redirect:/archive?state=PENDING";
        } catch (DomainException e) {
            return form(memberId, source, occurredOn, summary, evidenceRef, messages.of(e), model);
        }
    }

    private String form(String memberId, String source, String occurredOn, String summary, String evidenceRef, String error,
                        Model model) {
        model.addAttribute("memberId", memberId);
        model.addAttribute("source", source);
        model.addAttribute("occurredOn", occurredOn);
        model.addAttribute("summary", summary);
        model.addAttribute("evidenceRef", evidenceRef);
        model.addAttribute("error", error);
        model.addAttribute("sources", Arrays.stream(EntrySource.values()).filter(EntrySource::manual).toList());
        model.addAttribute("branches", people.branches(access.requireCourt()).stream()
                .map(b -> new Branch(b.name(), people.members(b.id()))).toList());
        return "archive/entry-form";
    }

    record Branch(String name, java.util.List<court.tianping.organization.OrganizationDirectory.Person> members) {
    }

    @PostMapping("/archive/entries/{id}/confirm")
    @PreAuthorize("hasAuthority('archive:record')")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        try {
            manual.confirm(id, version);
            redirect.addFlashAttribute("notice", messages.get("archive.done.confirmed"));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", messages.of(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", messages.get("error.concurrent-change"));
        }
        return "redirect:/archive?state=PENDING";
    }

    @GetMapping("/archive/entries/{id}/evidence")
    @PreAuthorize("hasAuthority('archive:read')")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        ArchiveEntry entry = queries.entry(id);
        if (entry.evidenceContent() == null) {
            throw new NotFoundException("label.archive.evidence-file", id);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(entry.evidenceFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(entry.evidenceContentType()))
                .body(entry.evidenceContent());
    }


    private static Long memberOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("error.archive.unknown-member", text);
        }
    }

    private static EntrySource sourceOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EntrySource.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("error.archive.source-required");
        }
    }

    private static LocalDate dateOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("error.archive.date-required");
        }
    }

    private static EvidenceUpload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new EvidenceUpload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
