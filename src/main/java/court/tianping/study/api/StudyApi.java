package court.tianping.study.api;

import court.tianping.core.PageResult;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.study.StudyKind;
import court.tianping.study.TrainingStage;
import court.tianping.study.application.StudyAccess;
import court.tianping.study.application.StudyHours;
import court.tianping.study.application.StudyHours.Period;
import court.tianping.study.application.StudyHours.Tally;
import court.tianping.study.application.StudyPeople;
import court.tianping.study.application.StudyQueries;
import court.tianping.study.application.StudySessions;
import court.tianping.study.application.StudyTraining;
import court.tianping.study.domain.Attendance;
import court.tianping.study.domain.SessionPlan;
import court.tianping.study.domain.StudySession;
import court.tianping.study.domain.TrainingChain;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1/study")
@Tag(name = "Study", description = "学习教育: study sessions (领学, 共学, youth groups, lectures) with attendance, hours and completion, the training chain")
class StudyApi {

    private final StudySessions sessions;
    private final StudyQueries queries;
    private final StudyHours hours;
    private final StudyTraining training;
    private final StudyPeople people;
    private final StudyAccess access;
    private final OrganizationDirectory directory;
    private final Clock clock;

    StudyApi(StudySessions sessions, StudyQueries queries, StudyHours hours, StudyTraining training, StudyPeople people,
             StudyAccess access, OrganizationDirectory directory, Clock clock) {
        this.sessions = sessions;
        this.queries = queries;
        this.hours = hours;
        this.training = training;
        this.people = people;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    record SessionRequest(StudyKind kind, Long organizationId, String title, String place, LocalDateTime startsAt,
                          LocalDateTime endsAt, Long leaderMemberId, Long seriesId, Long youthGroupId,
                          List<Long> attendees, String summary) {
    }

    record Created(long id) {
    }

    record HoldRequest(Integer version, List<Long> attendees, String summary) {
    }

    record SessionResponse(long id, long courtId, String kind, String state, String title, String place,
                           LocalDateTime startsAt, LocalDateTime endsAt, int minutes, long organizationId,
                           String organizationName, Long leaderMemberId, Long seriesId, Long youthGroupId, String summary,
                           int version, List<Attendee> attendees) {
    }

    record Attendee(long memberId, String name) {
    }

    record TallyResponse(Long id, String name, BigDecimal hours, long sessions, long enrolled, long completed,
                         Integer completionRate, long members) {
        static TallyResponse of(Tally t) {
            return new TallyResponse(t.id(), t.name(), t.hours(), t.sessions(), t.enrolled(), t.completed(),
                    t.completionRate(), t.members());
        }
    }

    record HoursResponse(LocalDate from, LocalDate to, List<TallyResponse> courts, List<TallyResponse> branches,
                         List<TallyResponse> members, long totalMembers, int page, int size) {
    }

    record StageRequest(TrainingStage stage, LocalDate reachedOn, String note) {
    }

    record ChainResponse(long memberId, String stage, List<Step> history) {
    }

    record Step(String stage, LocalDate reachedOn, String note) {
    }

    @GetMapping("/sessions")
    @Operation(summary = "Study sessions within the caller's scope, newest first, paged")
    @PreAuthorize("hasAuthority('study:read')")
    PageResult<StudyQueries.SessionRow> list(@RequestParam(required = false) StudyKind kind,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.sessions(kind, from, to, Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "A study session with who attended")
    @PreAuthorize("hasAuthority('study:read')")
    SessionResponse one(@PathVariable long id) {
        StudySession s = sessions.visible(id);
        List<Long> ids = s.attendance().stream().map(Attendance::memberId).sorted().toList();
        Map<Long, String> names = people.memberNames(ids);
        return new SessionResponse(s.id(), s.courtId(), s.kind().name(), s.state().name(), s.title(), s.place(),
                s.startsAt(), s.endsAt(), s.minutes(), s.organizationId(),
                people.unitNames(List.of(s.organizationId())).get(s.organizationId()), s.leaderMemberId(), s.seriesId(),
                s.youthGroupId(), s.summary(), s.version(),
                ids.stream().map(m -> new Attendee(m, names.getOrDefault(m, ""))).toList());
    }

    @PostMapping("/sessions")
    @Operation(summary = "Records a study session: planned, or held at once when attendees are given")
    @PreAuthorize("hasAuthority('study:record')")
    ResponseEntity<Created> create(@RequestBody SessionRequest r) {
        SessionPlan plan = new SessionPlan(r.kind(), r.title(), r.place(), r.startsAt(), r.endsAt(), r.leaderMemberId(),
                r.seriesId(), r.youthGroupId());
        long id = r.attendees() == null || r.attendees().isEmpty()
                ? sessions.plan(plan, r.organizationId())
                : sessions.record(plan, r.organizationId(), r.attendees(), r.summary());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/study/sessions/" + id)).body(new Created(id));
    }

    @PostMapping("/sessions/{id}/hold")
    @Operation(summary = "Records a planned session as held, with its attendees")
    @PreAuthorize("hasAuthority('study:record')")
    ResponseEntity<Void> hold(@PathVariable long id, @RequestBody HoldRequest r) {
        sessions.hold(id, r.version() == null ? -1 : r.version(), r.attendees(), r.summary());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/hours")
    @Operation(summary = "Hours and completion per court, branch and member for a period (both days included)")
    @PreAuthorize("hasAuthority('study:record') or hasAuthority('study:export')")
    HoursResponse hours(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        int year = LocalDate.now(clock).getYear();
        Period period = new Period(from == null ? LocalDate.of(year, 1, 1) : from, to == null ? LocalDate.of(year, 12, 31) : to);
        Map<Long, String> courts = directory.courts().stream()
                .collect(Collectors.toMap(OrganizationDirectory.CourtEntry::id, OrganizationDirectory.CourtEntry::name));
        PageResult<Tally> members = hours.members(period, Math.max(0, page), Math.min(Math.max(1, size), 1000));
        return new HoursResponse(period.from(), period.to(),
                hours.courts(period, courts).stream().map(TallyResponse::of).toList(),
                hours.branches(access.requireCourt(), period).stream().map(TallyResponse::of).toList(),
                members.content().stream().map(TallyResponse::of).toList(), members.totalElements(), members.page(),
                members.size());
    }

    @GetMapping("/members/{memberId}/training")
    @Operation(summary = "A member's training chain (新入职 > 法官助理 > 初任法官 > 在职) with its history")
    @PreAuthorize("hasAuthority('study:read')")
    ChainResponse chain(@PathVariable long memberId) {
        training.visibleMember(memberId);
        TrainingChain chain = training.chainOf(memberId).orElse(null);
        if (chain == null) {
            return new ChainResponse(memberId, null, List.of());
        }
        return new ChainResponse(memberId, chain.stage().name(), chain.steps().stream()
                .map(s -> new Step(s.stage().name(), s.reachedOn(), s.note())).toList());
    }

    @PostMapping("/members/{memberId}/training")
    @Operation(summary = "Records the stage a member reached: their entry into the chain, or the next stage in order")
    @PreAuthorize("hasAuthority('study:training')")
    ResponseEntity<Void> reach(@PathVariable long memberId, @RequestBody StageRequest r) {
        training.visibleMember(memberId);
        training.reachStage(memberId, r.stage(), r.reachedOn(), r.note());
        return ResponseEntity.noContent().build();
    }
}
