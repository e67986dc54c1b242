package court.tianping.honour.api;

import court.tianping.core.PageResult;
import court.tianping.honour.HonourLevel;
import court.tianping.honour.application.HonourQueries;
import court.tianping.honour.application.HonourRecords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/honours")
@Tag(name = "Volunteering and honours", description = "表彰奖励, 天平志愿服务队 and 党员先锋岗: honours by level, volunteer hours, pioneer posts")
class HonourApi {

    private final HonourRecords records;
    private final HonourQueries queries;
    private final Clock clock;

    HonourApi(HonourRecords records, HonourQueries queries, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.clock = clock;
    }

    record HonourRequest(String title, HonourLevel level, String awardedBy, LocalDate awardedOn, String documentNo,
                         List<Long> memberIds, Long organizationId) {
    }

    record ServiceRequest(LocalDate servedOn, String place, String description, Map<Long, BigDecimal> hours) {
    }

    record Created(long id) {
    }

    @GetMapping
    @Operation(summary = "Honours within the caller's scope (a member: their own), newest first, paged; by year and level")
    @PreAuthorize("hasAuthority('honour:read')")
    PageResult<HonourQueries.HonourRow> honours(@RequestParam(required = false) Integer year,
                                                @RequestParam(required = false) HonourLevel level,
                                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.honours(year, level, Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    @PostMapping
    @Operation(summary = "Records an honour to members (individual) or to a Party organisation (collective); publishes HonourAwarded")
    @PreAuthorize("hasAuthority('honour:record')")
    ResponseEntity<Created> award(@RequestBody HonourRequest r) {
        long id = records.award(r.title(), r.level(), r.awardedBy(), r.awardedOn(), r.documentNo(), r.memberIds(),
                r.organizationId());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/honours")).body(new Created(id));
    }

    @GetMapping("/figures")
    @Operation(summary = "Honours and person-times per level and year, and those honoured at provincial level or above")
    @PreAuthorize("hasAuthority('honour:figures') or hasAuthority('honour:record')")
    HonourQueries.Figures figures() {
        return queries.figures();
    }

    @GetMapping("/volunteer-hours")
    @Operation(summary = "Volunteer hours per member within the caller's scope (a member: their own) in a year, most first, paged")
    @PreAuthorize("hasAuthority('honour:read')")
    PageResult<HonourQueries.MemberHours> hours(@RequestParam(required = false) Integer year,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "100") int size) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return queries.memberHours(shown, Math.max(0, page), Math.min(Math.max(1, size), 1000));
    }

    @PostMapping("/volunteer-teams/{id}/services")
    @Operation(summary = "Records a service activity of a volunteer team with the hours of each volunteer (member id to hours)")
    @PreAuthorize("hasAuthority('honour:record')")
    ResponseEntity<Created> serve(@PathVariable long id, @RequestBody ServiceRequest r) {
        long service = records.recordService(id, r.servedOn(), r.place(), r.description(), r.hours());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/honours/volunteer-hours"))
                .body(new Created(service));
    }

    @GetMapping("/posts")
    @Operation(summary = "Party-member pioneer posts within the caller's scope")
    @PreAuthorize("hasAuthority('honour:read')")
    List<HonourQueries.PostRow> posts() {
        return queries.posts();
    }
}
