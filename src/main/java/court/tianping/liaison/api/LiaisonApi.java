package court.tianping.liaison.api;

import court.tianping.core.PageResult;
import court.tianping.liaison.SuggestionState;
import court.tianping.liaison.UnitKind;
import court.tianping.liaison.application.LiaisonFigures;
import court.tianping.liaison.application.LiaisonFigures.Figures;
import court.tianping.liaison.application.LiaisonFigures.Period;
import court.tianping.liaison.application.LiaisonQueries;
import court.tianping.liaison.application.LiaisonQueries.Filter;
import court.tianping.liaison.application.LiaisonWork;
import court.tianping.liaison.domain.JudicialSuggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/liaison")
@Tag(name = "Judge liaison", description = "法官联系人: units, liaison judges, visits, judicial suggestions (司法建议) and their replies, disputes resolved before litigation, figures")
class LiaisonApi {

    private final LiaisonWork work;
    private final LiaisonQueries queries;
    private final LiaisonFigures figures;

    LiaisonApi(LiaisonWork work, LiaisonQueries queries, LiaisonFigures figures) {
        this.work = work;
        this.queries = queries;
        this.figures = figures;
    }

    record UnitRequest(String name, UnitKind kind, String district, String street, String contactName, String contactPhone) {
    }

    record LiaisonRequest(Long judgeMemberId, LocalDate startsOn, LocalDate endsOn) {
    }

    record VisitRequest(Long liaisonId, LocalDate visitedOn, String topics, List<String> followUps) {
    }

    record SuggestionRequest(Long liaisonId, String subject, LocalDate issuedOn, LocalDate replyDue) {
    }

    record ReplyRequest(Integer version, LocalDate repliedOn, String reply) {
    }

    record DecisionRequest(Integer version, Boolean adopted, LocalDate decidedOn) {
    }

    record ResolutionRequest(Long liaisonId, LocalDate resolvedOn, String summary) {
    }

    record Created(long id) {
    }

    record SuggestionResponse(long id, long courtId, long unitId, long judgeMemberId, String subject, LocalDate issuedOn,
                              LocalDate replyDue, String state, LocalDate repliedOn, String reply, LocalDate decidedOn,
                              boolean overdue, int version) {
    }

    record TallyResponse(Long id, String name, long visits, long issued, long replied, long adopted, long overdue,
                         long resolved, java.math.BigDecimal replyRate, java.math.BigDecimal adoptionRate) {
        static TallyResponse of(Long id, String name, LiaisonFigures.Tally t) {
            return new TallyResponse(id, name, t.visits(), t.issued(), t.replied(), t.adopted(), t.overdue(), t.resolved(),
                    t.replyRate(), t.adoptionRate());
        }

        static List<TallyResponse> of(List<LiaisonFigures.Line> lines) {
            return lines.stream().map(l -> of(l.id(), l.name(), l.tally())).toList();
        }
    }

    record FiguresResponse(LocalDate from, LocalDate to, TallyResponse total, List<TallyResponse> courts,
                           List<TallyResponse> branches, List<TallyResponse> judges) {
    }

    @GetMapping("/units")
    @Operation(summary = "Units within the caller's scope (a judge: the units they are or were liaison to), paged; contact phones masked")
    @PreAuthorize("hasAuthority('liaison:read')")
    PageResult<LiaisonQueries.UnitRow> units(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        return queries.units(q, Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    @PostMapping("/units")
    @Operation(summary = "Registers an enterprise or unit of the caller's court")
    @PreAuthorize("hasAuthority('liaison:manage')")
    ResponseEntity<Created> register(@RequestBody UnitRequest r) {
        long id = work.registerUnit(r.name(), r.kind(), r.district(), r.street(), r.contactName(), r.contactPhone());
        return created("/api/v1/liaison/units/" + id, id);
    }

    @PostMapping("/units/{id}/liaisons")
    @Operation(summary = "Assigns a judge of the court as liaison to the unit for a period (no overlap with the judge's other liaison to it)")
    @PreAuthorize("hasAuthority('liaison:manage')")
    ResponseEntity<Created> assign(@PathVariable long id, @RequestBody LiaisonRequest r) {
        long liaison = work.assign(id, r.judgeMemberId(), r.startsOn(), r.endsOn());
        return created("/api/v1/liaison/liaisons?judgeMemberId=" + r.judgeMemberId(), liaison);
    }

    @GetMapping("/liaisons")
    @Operation(summary = "Liaisons within the caller's scope, of one judge or one unit when given")
    @PreAuthorize("hasAuthority('liaison:read')")
    List<LiaisonQueries.LiaisonRow> liaisons(@RequestParam(required = false) Long judgeMemberId,
                                             @RequestParam(required = false) Long unitId) {
        return queries.liaisons(judgeMemberId, unitId);
    }

    @GetMapping("/visits")
    @Operation(summary = "Visits within the caller's scope, newest first, paged")
    @PreAuthorize("hasAuthority('liaison:read')")
    PageResult<LiaisonQueries.VisitRow> visits(@RequestParam(required = false) Long judgeMemberId,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.visits(new Filter(judgeMemberId, from, to, null), Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    @PostMapping("/visits")
    @Operation(summary = "Logs a visit of a liaison judge to their unit, with follow-ups")
    @PreAuthorize("hasAuthority('liaison:record')")
    ResponseEntity<Created> logVisit(@RequestBody VisitRequest r) {
        long id = work.logVisit(r.liaisonId(), r.visitedOn(), r.topics(),
                r.followUps() == null ? null : String.join("\n", r.followUps()));
        return created("/api/v1/liaison/visits", id);
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Judicial suggestions within the caller's scope, newest first, paged")
    @PreAuthorize("hasAuthority('liaison:read')")
    PageResult<LiaisonQueries.SuggestionRow> suggestions(@RequestParam(required = false) Long judgeMemberId,
                                                         @RequestParam(required = false) SuggestionState state,
                                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                         @RequestParam(defaultValue = "0") int page,
                                                         @RequestParam(defaultValue = "50") int size) {
        return queries.suggestions(new Filter(judgeMemberId, from, to, state), Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    @GetMapping("/suggestions/{id}")
    @Operation(summary = "A judicial suggestion with its reply and adoption")
    @PreAuthorize("hasAuthority('liaison:read')")
    SuggestionResponse suggestion(@PathVariable long id) {
        JudicialSuggestion s = work.suggestion(id);
        return new SuggestionResponse(s.id(), s.courtId(), s.unitId(), s.judgeMemberId(), s.subject(), s.issuedOn(),
                s.replyDue(), s.state().name(), s.repliedOn(), s.reply(), s.decidedOn(), s.overdue(figures.today()),
                s.version());
    }

    @PostMapping("/suggestions")
    @Operation(summary = "Issues a judicial suggestion to the unit of a liaison, with the day its reply is due")
    @PreAuthorize("hasAuthority('liaison:record')")
    ResponseEntity<Created> issue(@RequestBody SuggestionRequest r) {
        long id = work.issue(r.liaisonId(), r.subject(), r.issuedOn(), r.replyDue());
        return created("/api/v1/liaison/suggestions/" + id, id);
    }

    @PostMapping("/suggestions/{id}/reply")
    @Operation(summary = "Records the unit's reply to a suggestion")
    @PreAuthorize("hasAuthority('liaison:record')")
    ResponseEntity<Void> reply(@PathVariable long id, @RequestBody ReplyRequest r) {
        work.reply(id, r.version() == null ? -1 : r.version(), r.repliedOn(), r.reply());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/suggestions/{id}/decision")
    @Operation(summary = "Records whether the unit adopted a replied suggestion")
    @PreAuthorize("hasAuthority('liaison:record')")
    ResponseEntity<Void> decide(@PathVariable long id, @RequestBody DecisionRequest r) {
        work.decide(id, r.version() == null ? -1 : r.version(), r.adopted(), r.decidedOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/resolutions")
    @Operation(summary = "Records a dispute of a unit resolved before litigation through its liaison judge")
    @PreAuthorize("hasAuthority('liaison:record')")
    ResponseEntity<Created> resolve(@RequestBody ResolutionRequest r) {
        long id = work.resolve(r.liaisonId(), r.resolvedOn(), r.summary());
        return created("/api/v1/liaison/visits", id);
    }

    @GetMapping("/figures")
    @Operation(summary = "Visits, suggestions issued, replied, adopted, reply and adoption rates, overdue replies and resolutions per court, branch and judge for a period (both days included; default this year)")
    @PreAuthorize("hasAuthority('liaison:figures')")
    FiguresResponse figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Figures f = figures.of(Period.of(from, to, figures.today()));
        return new FiguresResponse(f.period().from(), f.period().to(), TallyResponse.of(null, null, f.total()),
                TallyResponse.of(f.courts()), TallyResponse.of(f.branches()), TallyResponse.of(f.judges()));
    }

    private static ResponseEntity<Created> created(String location, long id) {
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(location)).body(new Created(id));
    }
}
