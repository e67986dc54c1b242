package court.tianping.life.api;

import court.tianping.core.PageResult;
import court.tianping.life.AttendanceStatus;
import court.tianping.life.ComplianceStatus;
import court.tianping.life.MeetingState;
import court.tianping.life.MeetingType;
import court.tianping.life.application.ComplianceCalendar;
import court.tianping.life.application.MeetingFilter;
import court.tianping.life.application.MeetingPlanning;
import court.tianping.life.application.MeetingQueries;
import court.tianping.life.application.MeetingRow;
import court.tianping.life.application.MeetingView;
import court.tianping.life.application.PlanCommand;
import court.tianping.life.application.PublicationBoard;
import court.tianping.life.domain.AttendanceEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

@RestController
@RequestMapping("/api/v1/life")
@Tag(name = "Organisational life", description = "组织生活: meetings (三会一课 …), attendance, resolutions, the publication board (党务公开) and compliance")
class LifeApi {

    private final MeetingPlanning planning;
    private final MeetingQueries queries;
    private final PublicationBoard board;
    private final ComplianceCalendar calendar;
    private final Clock clock;

    LifeApi(MeetingPlanning planning, MeetingQueries queries, PublicationBoard board, ComplianceCalendar calendar, Clock clock) {
        this.planning = planning;
        this.queries = queries;
        this.board = board;
        this.calendar = calendar;
        this.clock = clock;
    }

    record Page<T>(List<T> content, long totalElements, int page, int size) {
        static <T> Page<T> of(PageResult<T> result) {
            return new Page<>(result.content(), result.totalElements(), result.page(), result.size());
        }
    }

    record PlanRequest(MeetingType type, String topic, String agenda, String place, LocalDateTime startsAt,
                       LocalDateTime endsAt, List<Long> hostIds, List<Long> inviteeIds) {
    }

    record Attendance(Long memberId, AttendanceStatus status, String reason) {
    }

    record HoldRequest(Integer version, List<Attendance> attendance, String minutes) {
    }

    record CancelRequest(Integer version, String reason) {
    }

    record ResolutionRequest(Integer version, String text, Boolean publish) {
    }

    record PublishRequest(Integer version, Integer number, String title) {
    }

    record Created(long id) {
    }

    record Person(long memberId, String name, boolean invited, AttendanceStatus status, String reason) {
    }

    record Resolution(int number, String text, boolean toPublish, Long publicationId) {
    }

    record MeetingResponse(long id, long courtId, MeetingType type, MeetingState state, String topic, String agenda,
                           String place, LocalDateTime startsAt, LocalDateTime endsAt, List<Long> hostIds,
                           List<String> hostNames, String minutes, String cancelReason, List<Person> people,
                           List<Resolution> resolutions, int version) {

        static MeetingResponse of(MeetingView v) {
            var m = v.meeting();
            return new MeetingResponse(m.id(), m.courtId(), m.type(), m.state(), m.topic(), m.agenda(), m.place(),
                    m.startsAt(), m.endsAt(), m.hostIds(), v.hostNames(), m.minutes(), m.cancelReason(),
                    v.people().stream().map(p -> new Person(p.memberId(), p.name(), p.invited(), p.status(), p.reason())).toList(),
                    v.resolutions().stream().map(r -> new Resolution(r.number(), r.text(), r.toPublish(), r.publicationId())).toList(),
                    m.version());
        }
    }

    record CalendarRow(long organizationId, String name, long courtId, List<ComplianceStatus> months, long done,
                       long required, long overdue, int held, LocalDate lastHeld, boolean silent) {
    }

    @GetMapping("/meetings")
    @Operation(summary = "Meetings within the caller's scope, newest first, filtered and paged")
    Page<MeetingRow> list(@RequestParam(required = false) MeetingType type, @RequestParam(required = false) MeetingState state,
                          @RequestParam(required = false) Long organization,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.of(queries.list(new MeetingFilter(type, state, organization, from, to, null), Math.max(page, 0),
                Math.min(Math.max(size, 1), 200)));
    }

    @PostMapping("/meetings")
    @Operation(summary = "Plan a meeting; the roster is the members of the hosts, invitees only for open and joint meetings")
    ResponseEntity<Created> plan(@RequestBody PlanRequest request) {
        long id = planning.plan(new PlanCommand(request.type(), request.topic(), request.agenda(), request.place(),
                request.startsAt(), request.endsAt(), request.hostIds(), request.inviteeIds()));
        return ResponseEntity.created(URI.create("/api/v1/life/meetings/" + id)).body(new Created(id));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting with its people, minutes and resolutions")
    MeetingResponse get(@PathVariable long id) {
        return MeetingResponse.of(queries.view(id));
    }

    @PostMapping("/meetings/{id}/hold")
    @Operation(summary = "Record a planned meeting as held: the attendance of everyone on the roster or invited, and the minutes")
    MeetingResponse hold(@PathVariable long id, @RequestBody HoldRequest request) {
        List<AttendanceEntry> entries = request.attendance() == null ? List.of() : request.attendance().stream()
                .map(a -> new AttendanceEntry(a.memberId() == null ? -1 : a.memberId(), a.status(), a.reason())).toList();
        planning.hold(id, version(request.version()), entries, request.minutes());
        return get(id);
    }

    @PostMapping("/meetings/{id}/cancel")
    @Operation(summary = "Cancel a planned meeting with a reason")
    MeetingResponse cancel(@PathVariable long id, @RequestBody CancelRequest request) {
        planning.cancel(id, version(request.version()), request.reason());
        return get(id);
    }

    @PostMapping("/meetings/{id}/resolutions")
    @Operation(summary = "Adopt a resolution of a held meeting, optionally one to publish to the whole court")
    MeetingResponse adopt(@PathVariable long id, @RequestBody ResolutionRequest request) {
        planning.adopt(id, version(request.version()), request.text(), Boolean.TRUE.equals(request.publish()));
        return get(id);
    }

    @PostMapping("/meetings/{id}/publish")
    @Operation(summary = "Publish a resolution marked for publication to the board (党务公开), once")
    Created publish(@PathVariable long id, @RequestBody PublishRequest request) {
        return new Created(board.publish(id, version(request.version()), request.number() == null ? 0 : request.number(),
                request.title()));
    }

    @GetMapping("/publications")
    @Operation(summary = "The publication board of the caller's court, newest first")
    Page<PublicationBoard.Item> publications(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Page.of(board.board(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @GetMapping("/compliance")
    @Operation(summary = "The compliance calendar of every branch within the caller's scope for a year: the worst status of each month")
    List<CalendarRow> compliance(@RequestParam(required = false) Integer year) {
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        return calendar.overview(chosen).rows().stream().map(r -> new CalendarRow(r.branch().id(), r.branch().name(),
                r.branch().courtId(), r.months(), r.done(), r.required(), r.overdue(), r.held(), r.lastHeld(), r.silent())).toList();
    }

    /** The version the caller last read; a request without one is treated as stale and changes nothing. */
    private static int version(Integer version) {
        return version == null ? -1 : version;
    }
}
