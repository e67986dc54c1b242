package court.tianping.life.web;

import court.tianping.life.application.MeetingQueries;
import court.tianping.platform.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/** The meeting register of a period as an Excel workbook; the first day of the year to today by default. */
@Controller
class RegisterController {

    private final MeetingQueries queries;
    private final Messages messages;
    private final Clock clock;

    RegisterController(MeetingQueries queries, Messages messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/life/register.xlsx")
    @PreAuthorize("hasAuthority('life:compliance')")
    ResponseEntity<byte[]> register(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null || from.isAfter(end) ? end.withDayOfYear(1) : from;
        byte[] workbook = new MeetingRegister(messages).write(
                queries.register(start.atStartOfDay(), end.plusDays(1).atStartOfDay()), start, end);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(messages.get("life.register.file", start, end), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook);
    }
}
