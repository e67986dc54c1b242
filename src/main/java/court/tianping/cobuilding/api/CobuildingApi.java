package court.tianping.cobuilding.api;

import court.tianping.cobuilding.AgreementState;
import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.cobuilding.PartnerType;
import court.tianping.cobuilding.application.Activities;
import court.tianping.cobuilding.application.ActivityCommand;
import court.tianping.cobuilding.application.Agreements;
import court.tianping.cobuilding.application.CobuildingFigures;
import court.tianping.cobuilding.application.Partners;
import court.tianping.cobuilding.application.Upload;
import court.tianping.cobuilding.domain.ActivityDetails;
import court.tianping.cobuilding.domain.AgreementTerms;
import court.tianping.cobuilding.domain.PartnerDetails;
import court.tianping.core.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/cobuilding")
@Tag(name = "Co-building", description = "党建共建: partners, agreements, activities and the figures (双百分百, activities by month, 1+6 scorecard)")
class CobuildingApi {

    private final Partners partners;
    private final Agreements agreements;
    private final Activities activities;
    private final CobuildingFigures figures;
    private final Clock clock;

    CobuildingApi(Partners partners, Agreements agreements, Activities activities, CobuildingFigures figures, Clock clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.activities = activities;
        this.figures = figures;
        this.clock = clock;
    }

    record Page<T>(List<T> content, long totalElements, int page, int size) {
        static <T> Page<T> of(PageResult<T> result) {
            return new Page<>(result.content(), result.totalElements(), result.page(), result.size());
        }
    }

    record Created(long id) {
    }

    record PartnerRequest(String name, PartnerType type, String district, Long streetId, String partyOrganisation,
                          String contactName, String contactPhone) {
    }

    record AgreementRequest(String title, String content, LocalDate validFrom, LocalDate validTo, List<Long> partnerIds,
                            List<Long> branchIds) {
    }

    record TerminateRequest(Integer version, LocalDate terminatedOn, String reason) {
    }

    record ActivityRequest(LocalDate heldOn, CobuildingActivityType type, String title, String description,
                           Integer peopleReached, Long partnerId, Long streetId, List<Long> branchIds,
                           List<Long> participantIds) {
    }

    record AgreementResponse(long id, String title, String content, AgreementState state, boolean expiring,
                             LocalDate signedOn, LocalDate validFrom, LocalDate validTo, LocalDate terminatedOn,
                             String terminateReason, List<Long> partnerIds, List<String> partnerNames, List<Long> branchIds,
                             List<String> branchNames, String documentName, int version) {
    }

    @GetMapping("/partners")
    @Operation(summary = "The court's partner Party organisations, contact phones masked")
    Page<Partners.PartnerRow> partners(@RequestParam(required = false) PartnerType type, @RequestParam(required = false) String q,
                                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.of(partners.list(type, q, Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @PostMapping("/partners")
    @Operation(summary = "Register a partner Party organisation")
    ResponseEntity<Created> registerPartner(@RequestBody PartnerRequest request) {
        long id = partners.register(new PartnerDetails(request.name(), request.type(), request.district(), request.streetId(),
                request.partyOrganisation(), request.contactName(), request.contactPhone()));
        return ResponseEntity.created(URI.create("/api/v1/cobuilding/partners/" + id)).body(new Created(id));
    }

    @GetMapping("/agreements")
    @Operation(summary = "Agreements within the caller's scope by the end of their term; expiring=true for those ending within 30 days")
    Page<Agreements.AgreementRow> agreements(@RequestParam(required = false) AgreementState state,
                                             @RequestParam(defaultValue = "false") boolean expiring,
                                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.of(agreements.list(state, expiring, Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @PostMapping("/agreements")
    @Operation(summary = "Draft an agreement with its partners, the branches it binds and its term")
    ResponseEntity<Created> draft(@RequestBody AgreementRequest request) {
        long id = agreements.draft(new AgreementTerms(request.title(), request.content(), request.validFrom(), request.validTo()),
                request.partnerIds() == null ? List.of() : request.partnerIds(),
                request.branchIds() == null ? List.of() : request.branchIds());
        return ResponseEntity.created(URI.create("/api/v1/cobuilding/agreements/" + id)).body(new Created(id));
    }

    @GetMapping("/agreements/{id}")
    @Operation(summary = "One agreement with its state today")
    AgreementResponse agreement(@PathVariable long id) {
        Agreements.AgreementView view = agreements.view(id);
        var a = view.agreement();
        return new AgreementResponse(a.id(), a.title(), a.content(), view.state(), view.expiring(), a.signedOn(), a.validFrom(),
                a.validTo(), a.terminatedOn(), a.terminateReason(), a.partnerIds(), view.partnerNames(), a.branchIds(),
                view.branchNames(), a.documentName(), a.version());
    }

    @PostMapping(value = "/agreements/{id}/sign", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Sign a drafted agreement with the signed document (PDF, Word, or a JPEG/PNG scan; at most 10 MB)")
    ResponseEntity<Void> sign(@PathVariable long id, @RequestParam(required = false) Integer version,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
                              @RequestPart(name = "document", required = false) MultipartFile document) {
        agreements.sign(id, version == null ? -1 : version, signedOn,
                document == null ? null : new Upload(document.getOriginalFilename(), document.getSize(), document));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/agreements/{id}/terminate")
    @Operation(summary = "Terminate a signed agreement in force, with the day and the reason")
    ResponseEntity<Void> terminate(@PathVariable long id, @RequestBody TerminateRequest request) {
        agreements.terminate(id, request.version() == null ? -1 : request.version(), request.terminatedOn(), request.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/activities")
    @Operation(summary = "Activities within the caller's scope, newest first, filtered by type and days (both included)")
    Page<Activities.ActivityRow> activities(@RequestParam(required = false) CobuildingActivityType type,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.of(activities.list(type, from, to, Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @PostMapping("/activities")
    @Operation(summary = "Record an activity that took place, with its branches and the members who took part")
    ResponseEntity<Created> record(@RequestBody ActivityRequest request) {
        long id = activities.record(new ActivityCommand(new ActivityDetails(request.heldOn(), request.type(), request.title(),
                request.description(), request.peopleReached()), request.partnerId(), request.streetId(),
                request.branchIds() == null ? List.of() : request.branchIds(),
                request.participantIds() == null ? List.of() : request.participantIds()), List.of());
        return ResponseEntity.created(URI.create("/api/v1/cobuilding/activities/" + id)).body(new Created(id));
    }

    @GetMapping("/figures")
    @Operation(summary = "双百分百, activities and people reached by month and the 1+6 scorecard for a period (this year by default)")
    CobuildingFigures.Figures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return figures.of(from == null ? today.withDayOfYear(1) : from, to == null ? today.withDayOfYear(today.lengthOfYear()) : to);
    }
}
