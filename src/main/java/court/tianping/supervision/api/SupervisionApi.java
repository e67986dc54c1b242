package court.tianping.supervision.api;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.core.PersonalData;
import court.tianping.platform.Messages;
import court.tianping.supervision.FeedbackKind;
import court.tianping.supervision.FeedbackSource;
import court.tianping.supervision.FeedbackState;
import court.tianping.supervision.application.FeedbackCommand;
import court.tianping.supervision.application.FeedbackIntake;
import court.tianping.supervision.application.FeedbackQueries;
import court.tianping.supervision.application.FeedbackVerification;
import court.tianping.supervision.domain.Feedback;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

@RestController
@RequestMapping("/api/v1/supervision/feedback")
@Tag(name = "Public supervision", description = "社会监督: feedback from filing ratings, 12368, online channels and the supervision phone")
class SupervisionApi {

    private final FeedbackIntake intake;
    private final FeedbackVerification verification;
    private final FeedbackQueries queries;
    private final Messages messages;

    SupervisionApi(FeedbackIntake intake, FeedbackVerification verification, FeedbackQueries queries, Messages messages) {
        this.intake = intake;
        this.verification = verification;
        this.queries = queries;
        this.messages = messages;
    }

    /** One item of feedback from a court system. */
    record FeedbackRequest(
            @Schema(description = "The member the feedback is about; or give organizationId for a branch") Long memberId,
            @Schema(description = "The Party organisation (branch) the feedback is about, when it names no member") Long organizationId,
            FeedbackSource source, FeedbackKind kind,
            @Schema(description = "What the giver said, up to 2,000 characters") String content,
            @Schema(description = "1 to 5; required for FILING_RATING") Integer rating,
            String giverName,
            @Schema(description = "11-digit mobile or landline with area code; stored, shown masked") String giverPhone,
            @Schema(description = "The source system's reference: an item already received with it is not taken again") String reference,
            @Schema(description = "When it was given; now when left out") LocalDateTime receivedAt) {

        FeedbackCommand command() {
            return new FeedbackCommand(memberId, organizationId, source, kind, content, rating, giverName, giverPhone,
                    reference, receivedAt);
        }
    }

    record Received(long id, boolean created) {
        static Received of(FeedbackIntake.Received r) {
            return new Received(r.id(), r.created());
        }
    }

    record VerifyRequest(Integer version, Boolean founded, String note) {
    }

    record FeedbackResponse(long id, long courtId, String source, String kind, String state, Long memberId,
                            long organizationId, String content, Integer rating, String giverName, String giverPhone,
                            LocalDateTime receivedAt, String verifiedBy, LocalDateTime verifiedAt, String note, int version) {
        static FeedbackResponse of(Feedback f) {
            return new FeedbackResponse(f.id(), f.courtId(), f.source().name(), f.kind().name(), f.state().name(),
                    f.memberId(), f.organizationId(), f.content(), f.rating(), f.giverName(),
                    PersonalData.maskPhone(f.giverPhone()), f.receivedAt(), f.verifiedBy(), f.verifiedAt(),
                    f.verificationNote(), f.version());
        }
    }

    record Page<T>(List<T> content, long totalElements, int page, int size) {
        static <T> Page<T> of(PageResult<T> result) {
            return new Page<>(result.content(), result.totalElements(), result.page(), result.size());
        }
    }

    @PostMapping
    @Operation(summary = "Receive one item of feedback; one already received with the same source and reference returns 200 with the first")
    ResponseEntity<Received> receive(@RequestBody FeedbackRequest request) {
        if (request == null) {
            throw new DomainException("error.supervision.subject-required");
        }
        FeedbackIntake.Received received = intake.receive(request.command());
        return received.created()
                ? ResponseEntity.created(URI.create("/api/v1/supervision/feedback/" + received.id())).body(Received.of(received))
                : ResponseEntity.ok(Received.of(received));
    }

    @PostMapping("/batch")
    @Operation(summary = "Receive up to 500 items, all or none; items already received are not duplicated")
    List<Received> batch(@RequestBody List<FeedbackRequest> requests) {
        try {
            return intake.receiveAll(requests == null ? null
                    : requests.stream().map(r -> r == null ? null : r.command()).toList()).stream().map(Received::of).toList();
        } catch (FeedbackIntake.BatchItemException e) {
            throw new DomainException("error.supervision.batch-item", e.arguments()[0], messages.of(e.reason()));
        }
    }

    @GetMapping
    @Operation(summary = "Feedback the caller may see: the discipline office every item, others founded items in their scope")
    Page<FeedbackQueries.FeedbackRow> list(@RequestParam(required = false) FeedbackState state,
                                           @RequestParam(required = false) FeedbackKind kind,
                                           @RequestParam(required = false) FeedbackSource source,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "50") int size) {
        return Page.of(queries.list(new FeedbackQueries.Filter(state, kind, source), Math.max(0, page),
                Math.max(1, Math.min(size, 200))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item of feedback, the giver's phone masked")
    FeedbackResponse get(@PathVariable long id) {
        return FeedbackResponse.of(verification.visible(id));
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "Verify as founded or unfounded, with a note (discipline office only)")
    FeedbackResponse verify(@PathVariable long id, @RequestBody VerifyRequest request) {
        if (request == null || request.founded() == null) {
            throw new DomainException("error.supervision.verdict-required");
        }
        verification.verify(id, request.version() == null ? -1 : request.version(), request.founded(), request.note());
        return FeedbackResponse.of(verification.visible(id));
    }
}
