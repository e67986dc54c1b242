package court.tianping.archive.api;

import court.tianping.archive.EntrySource;
import court.tianping.archive.application.ArchiveQueries;
import court.tianping.archive.application.ManualEntries;
import court.tianping.core.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/archive")
@Tag(name = "Member archives", description = "优善档案 / 瑕疵档案: merit and flaw entries of a member")
class ArchiveApi {

    private final ArchiveQueries queries;
    private final ManualEntries manual;

    ArchiveApi(ArchiveQueries queries, ManualEntries manual) {
        this.queries = queries;
        this.manual = manual;
    }

    record EntryRequest(Long memberId,
                        @Schema(description = "COMMENDATION, EXEMPLARY_DEED, DISCIPLINE or ERROR") EntrySource source,
                        LocalDate occurredOn, String summary,
                        @Schema(description = "The document that proves it: number of the decision, the commendation…") String evidenceRef) {
    }

    record Proposed(long id, String state) {
    }

    record ConfirmRequest(Integer version) {
    }

    @GetMapping("/members/{memberId}")
    @Operation(summary = "A member's archive: confirmed merit and flaw entries, newest first")
    ArchiveQueries.MemberArchive archive(@PathVariable long memberId) {
        return queries.archive(memberId);
    }

    @PostMapping("/entries")
    @Operation(summary = "Propose a manual entry; it enters the archive when a second person confirms it")
    ResponseEntity<Proposed> propose(@RequestBody EntryRequest request) {
        if (request == null) {
            throw new DomainException("error.archive.member-required");
        }
        long id = manual.propose(request.memberId(), request.source(), request.occurredOn(), request.summary(),
                request.evidenceRef(), null);
        return ResponseEntity.created(URI.create("/api/v1/archive/entries/" + id)).body(new Proposed(id, "PENDING"));
    }

    @PostMapping("/entries/{id}/confirm")
    @Operation(summary = "Confirm a manual entry proposed by someone else")
    Proposed confirm(@PathVariable long id, @RequestBody ConfirmRequest request) {
        manual.confirm(id, request == null || request.version() == null ? -1 : request.version());
        return new Proposed(id, "CONFIRMED");
    }
}
