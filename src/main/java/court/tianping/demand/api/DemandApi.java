package court.tianping.demand.api;

import court.tianping.core.DomainException;
import court.tianping.core.PageResult;
import court.tianping.demand.DemandQueue;
import court.tianping.demand.DemandState;
import court.tianping.demand.application.DemandFigures;
import court.tianping.demand.application.DemandFilter;
import court.tianping.demand.application.DemandFlow;
import court.tianping.demand.application.DemandIntake;
import court.tianping.demand.application.DemandQueries;
import court.tianping.demand.application.DemandRow;
import court.tianping.demand.application.DemandView;
import court.tianping.demand.domain.DemandDeadline;
import court.tianping.demand.domain.DemandStep;
import court.tianping.platform.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

@RestController
@RequestMapping("/api/v1/demands")
@Tag(name = "Demands", description = "诉源治理需求: intake from the 12345 and 12368 systems, the flow, and the three rates")
class DemandApi {

    private final DemandIntake intake;
    private final DemandFlow flow;
    private final DemandQueries queries;
    private final DemandFigures figures;
    private final Messages messages;

    DemandApi(DemandIntake intake, DemandFlow flow, DemandQueries queries, DemandFigures figures, Messages messages) {
        this.intake = intake;
        this.flow = flow;
        this.queries = queries;
        this.figures = figures;
        this.messages = messages;
    }

    record Created(long id, String trackingCode, boolean created) {
        static Created of(DemandIntake.Submitted s) {
            return new Created(s.id(), s.trackingCode(), s.created());
        }
    }

    record DemandResponse(long id, long courtId, String trackingCode, String channel, String orderNumber, String state,
                          String requesterName, String requesterPhone, String district, Long streetId, String streetName,
                          Long communityId, Long categoryId, String categoryName, String service, String urgency,
                          String description, Long branchId, String branchName, Long cellId, Long memberId,
                          String memberName, String outcome, String satisfaction, LocalDateTime submittedAt,
                          LocalDateTime pausedAt, boolean overdue, int version, List<Deadline> deadlines,
                          List<Step> timeline) {

        static DemandResponse of(DemandView v) {
            var d = v.demand();
            return new DemandResponse(d.id(), d.courtId(), d.trackingCode(), d.channel().name(), d.externalRef(),
                    d.state().name(), v.requesterName(), v.requesterPhone(), d.district(), d.streetId(), v.streetName(),
                    d.communityId(), d.categoryId(), v.categoryName(), d.service().name(), d.urgency().name(),
                    d.description(), d.branchId(), v.branchName(), d.cellId(), d.memberId(), v.memberName(),
                    d.outcome() == null ? null : d.outcome().name(),
                    d.satisfaction() == null ? null : d.satisfaction().name(), d.submittedAt(), d.pausedAt(),
                    v.overdue(), d.version(), v.deadlines().stream().map(Deadline::of).toList(),
                    v.steps().stream().map(Step::of).toList());
        }
    }

    record Deadline(String step, LocalDateTime dueAt, LocalDateTime metAt, int escalationLevel) {
        static Deadline of(DemandDeadline d) {
            return new Deadline(d.step().name(), d.dueAt(), d.metAt(), d.escalationLevel());
        }
    }

    record Step(String kind, LocalDateTime at, String actor, String note, String action, Integer minutes,
                Long organizationId, Long memberId) {
        static Step of(DemandStep s) {
            return new Step(s.kind().name(), s.at(), s.actor(), s.note(),
                    s.actionKind() == null ? null : s.actionKind().name(), s.minutes(), s.organizationId(), s.memberId());
        }
    }

    record Page<T>(List<T> content, long totalElements, int page, int size) {
        static <T> Page<T> of(PageResult<T> result) {
            return new Page<>(result.content(), result.totalElements(), result.page(), result.size());
        }
    }

    @PostMapping
    @Operation(summary = "Receive one demand for a court; a 12345 order already received returns 200 with the first demand")
    ResponseEntity<Created> create(@RequestParam long court, @RequestBody DemandRequest request) {
        DemandIntake.Submitted submitted = intake.receive(court, request.details());
        Created body = Created.of(submitted);
        return submitted.created()
                ? ResponseEntity.created(URI.create("/api/v1/demands/" + submitted.id())).body(body)
                : ResponseEntity.ok(body);
    }

    @PostMapping("/batch")
    @Operation(summary = "Receive a batch of up to 500 demands, all or none; 12345 orders already received are not duplicated")
    ResponseEntity<List<Created>> batch(@RequestParam long court, @RequestBody List<DemandRequest> requests) {
        try {
            List<Created> results = intake.receiveAll(court, requests == null ? null
                    : requests.stream().map(DemandRequest::details).toList()).stream().map(Created::of).toList();
            return ResponseEntity.status(HttpStatus.OK).body(results);
        } catch (DemandIntake.BatchItemException e) {
            throw new DomainException("error.demand.batch-item", e.arguments()[0], messages.of(e.reason()));
        }
    }

    @GetMapping
    @Operation(summary = "Demands within the caller's scope: a work list (queue) and filters, paged; requesters masked")
    Page<DemandRow> list(@RequestParam(required = false) DemandQueue queue, @RequestParam(required = false) DemandState state,
                         @RequestParam(required = false) Long category, @RequestParam(required = false) Long street,
                         @RequestParam(required = false) Long court,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        DemandFilter filter = new DemandFilter(queue, state, null, category, street, court, from, to, null);
        return Page.of(queries.list(filter, Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One demand with every deadline and the whole timeline")
    DemandResponse get(@PathVariable long id) {
        return DemandResponse.of(queries.view(id));
    }

    @GetMapping("/figures")
    @Operation(summary = "The three rates and the counts of a period of months, from and to as yyyy-MM (default: the last 12 months)")
    DemandFigures.Figures figures(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        return figures.figures(from, to);
    }

    @PostMapping("/{id}/dispatch")
    @Operation(summary = "派单 to a branch (branchId)")
    DemandResponse dispatch(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.dispatch(id, version(r), r.branchId());
        return get(id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "退单 to the dispatcher, with a reason")
    DemandResponse returnDemand(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.returnToDispatcher(id, version(r), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "接单 by a Party group (cellId, implied for a group leader)")
    DemandResponse accept(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.accept(id, version(r), r.cellId());
        return get(id);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign or reassign a member of the group (memberId)")
    DemandResponse assign(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.assign(id, version(r), r.memberId());
        return get(id);
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Log an action (kind, minutes, note)")
    DemandResponse logAction(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.logAction(id, version(r), r.kind(), r.minutes() == null ? 0 : r.minutes(), r.note());
        return get(id);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve with an outcome and a note")
    DemandResponse resolve(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.resolve(id, version(r), r.outcome(), r.note());
        return get(id);
    }

    @PostMapping("/{id}/visit")
    @Operation(summary = "Record the return visit (satisfaction, comment)")
    DemandResponse visit(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.visit(id, version(r), r.satisfaction(), r.comment());
        return get(id);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen after an unsatisfied visit, with a reason")
    DemandResponse reopen(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.reopen(id, version(r), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a visited demand")
    DemandResponse close(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.close(id, version(r));
        return get(id);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause the clock, with a reason")
    DemandResponse pause(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.pause(id, version(r), r.reason());
        return get(id);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume the clock; open deadlines move by the working time paused")
    DemandResponse resume(@PathVariable long id, @RequestBody TransitionRequest r) {
        flow.resume(id, version(r));
        return get(id);
    }

    private static int version(TransitionRequest r) {
        if (r == null || r.version() == null) {
            throw new DomainException("error.demand.version-required");
        }
        return r.version();
    }

}
