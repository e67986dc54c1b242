package court.tianping.integrity.api;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.integrity.InterferenceType;
import court.tianping.integrity.application.ChainVerification;
import court.tianping.integrity.application.Commitments;
import court.tianping.integrity.application.IntegrityFigures;
import court.tianping.integrity.application.InterferenceRecords;
import court.tianping.integrity.application.InterferenceRecords.Receipt;
import court.tianping.integrity.application.ZeroReports;
import court.tianping.integrity.domain.ChainReport;
import court.tianping.integrity.domain.InterferenceRecord.Entry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

@RestController
@RequestMapping("/api/v1/integrity")
@Tag(name = "Integrity", description = "廉政建设: 三个规定 records (append-only, hash-chained, verifiable), monthly zero reports, "
        + "annual integrity commitments and figures")
class IntegrityApi {

    private final InterferenceRecords records;
    private final ChainVerification verification;
    private final ZeroReports zeroReports;
    private final Commitments commitments;
    private final IntegrityFigures figures;
    private final Clock clock;

    IntegrityApi(InterferenceRecords records, ChainVerification verification, ZeroReports zeroReports,
                 Commitments commitments, IntegrityFigures figures, Clock clock) {
        this.records = records;
        this.verification = verification;
        this.zeroReports = zeroReports;
        this.commitments = commitments;
        this.figures = figures;
        this.clock = clock;
    }

    record RecordRequest(InterferenceType type, String caseReference, String intervenerName, String intervenerPost,
                         LocalDateTime occurredAt, String details, String handling, Long correctsSeq) {
    }

    record ZeroReportRequest(String month) {
    }

    record CampaignRequest(Integer year) {
    }

    record Created(long id) {
    }

    record FindingResponse(String problem, long fromSeq, long toSeq) {
    }

    record ChainResponse(long courtId, boolean intact, long checked, long lastSeq, Long firstBadSeq,
                         List<FindingResponse> findings) {
        static ChainResponse of(ChainReport r) {
            return new ChainResponse(r.courtId(), r.intact(), r.checked(), r.lastSeq(), r.firstBadSeq(),
                    r.findings().stream().map(f -> new FindingResponse(f.problem().name(), f.fromSeq(), f.toSeq())).toList());
        }
    }

    record VerificationResponse(boolean intact, List<ChainResponse> courts) {
    }

    @PostMapping("/records")
    @Operation(summary = "Appends a 三个规定 record by the caller's member to the court's chain; answers its number and hash")
    @PreAuthorize("hasAuthority('integrity:commit')")
    ResponseEntity<Receipt> record(@RequestBody RecordRequest r) {
        Receipt receipt = records.record(new Entry(r.type(), r.caseReference(), r.intervenerName(), r.intervenerPost(),
                r.occurredAt(), r.details(), r.handling(), r.correctsSeq()));
        return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
    }

    @GetMapping("/records")
    @Operation(summary = "三个规定 records in full, for the discipline office, newest first, by type and month of occurrence")
    @PreAuthorize("hasAuthority('integrity:records')")
    PageResult<InterferenceRecords.Row> list(@RequestParam(required = false) InterferenceType type,
                                             @RequestParam(required = false) String month,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        return records.list(type, month(month), Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    @GetMapping("/verification")
    @Operation(summary = "Verifies the chains of the courts the caller reads: altered, deleted and rewritten records and the first bad number")
    @PreAuthorize("hasAuthority('integrity:records')")
    VerificationResponse verify() {
        List<ChainResponse> courts = verification.visible().stream().map(ChainResponse::of).toList();
        return new VerificationResponse(courts.stream().allMatch(ChainResponse::intact), courts);
    }

    @PostMapping("/zero-reports")
    @Operation(summary = "Files the caller's zero report for a month (yyyy-MM) in which they recorded nothing")
    @PreAuthorize("hasAuthority('integrity:commit')")
    ResponseEntity<Created> zeroReport(@RequestBody ZeroReportRequest r) {
        long id = zeroReports.file(month(r.month()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }

    @GetMapping("/zero-reports")
    @Operation(summary = "A month's zero reports in the caller's court, per branch, with the members who filed neither a report nor a record")
    @PreAuthorize("hasAuthority('integrity:campaign')")
    ZeroReports.MonthStatus zeroReports(@RequestParam(required = false) String month) {
        YearMonth chosen = month(month);
        return zeroReports.status(chosen == null ? YearMonth.now(clock) : chosen);
    }

    @PostMapping("/campaigns")
    @Operation(summary = "Opens a year's integrity-commitment campaign for the caller's court")
    @PreAuthorize("hasAuthority('integrity:campaign')")
    ResponseEntity<Created> open(@RequestBody CampaignRequest r) {
        long id = commitments.open(r.year());
        return ResponseEntity.created(URI.create("/api/v1/integrity/commitments?year=" + r.year())).body(new Created(id));
    }

    @GetMapping("/commitments")
    @Operation(summary = "A year's commitment signing in the caller's court, per branch, with the members who have not signed")
    @PreAuthorize("hasAuthority('integrity:campaign')")
    Commitments.Status commitments(@RequestParam(required = false) Integer year) {
        return commitments.status(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/figures")
    @Operation(summary = "A year's figures: records by type, month and branch (counts only), signing rate, zero-report rate per month")
    @PreAuthorize("hasAuthority('integrity:figures')")
    IntegrityFigures.Figures figures(@RequestParam(required = false) Integer year) {
        int current = LocalDate.now(clock).getYear();
        if (year != null && (year < 2000 || year > current + 1)) {
            throw new DomainException("error.integrity.year-format", String.valueOf(year));
        }
        return figures.of(year == null ? current : year);
    }

    private static YearMonth month(String text) {
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
