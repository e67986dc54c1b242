package court.tianping.cobuilding.application;

import court.tianping.cobuilding.StreetReportFiled;
import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.demand.DemandFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The annual co-building report of each street (一报告 of 1+6), filed by the office as a document: one per street
 * and year, for a year that has begun. A report is a record of what was reported, so it is filed once.
 */
@Service
public class StreetReports {

    public static final int MAX_TITLE = 200;

    public record Report(String fileName, String contentType, byte[] content) {
    }

    private final CobuildingAccess access;
    private final CheckedFiles files;
    private final DemandFacts facts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StreetReports(CobuildingAccess access, CheckedFiles files, DemandFacts facts, JdbcClient jdbc,
                  ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.files = files;
        this.facts = facts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('cobuilding:admin')")
    @Transactional
    public long file(Long streetId, Integer year, String title, Upload upload) {
        long court = access.court();
        if (streetId == null || facts.streets(court).stream().noneMatch(s -> s.id() == streetId)) {
            throw new DomainException("error.cobuilding.unknown-street");
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (year == null || year < 2000 || year > now.getYear()) {
            throw new DomainException("error.cobuilding.report.year", now.getYear());
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new DomainException("error.cobuilding.report.title-required");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw new DomainException("error.cobuilding.too-long", MAX_TITLE);
        }
        if (upload == null || !upload.chosen()) {
            throw new DomainException("error.cobuilding.report.file-required");
        }
        boolean filed = jdbc.sql("select count(*) from cobuilding_street_report where court_id = :c and street_id = :s and report_year = :y")
                .param("c", court).param("s", streetId).param("y", year).query(Long.class).single() > 0;
        if (filed) {
            throw new DomainException("error.cobuilding.report.duplicate", year);
        }
        CheckedFiles.Checked file = files.check(upload, CheckedFiles.DOCUMENTS, "error.cobuilding.file.document");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into cobuilding_street_report (court_id, street_id, report_year, title, file_name, content_type,
                                                              content, filed_by, filed_at)
                        values (:c, :s, :y, :title, :name, :type, :content, :by, :at)""")
                .param("c", court).param("s", streetId).param("y", year).param("title", cleanTitle).param("name", file.name())
                .param("type", file.mediaType()).param("content", file.content()).param("by", access.actor()).param("at", now)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("street", streetId);
        after.put("year", year);
        after.put("title", cleanTitle);
        after.put("file", file.name());
        events.publishEvent(new StreetReportFiled(id, court, access.actor(), now, streetId, year, after));
        return id;
    }

    @PreAuthorize("hasAuthority('cobuilding:figures')")
    public Report download(long id) {
        return jdbc.sql("select file_name, content_type, content from cobuilding_street_report where id = :id and court_id = :c")
                .param("id", id).param("c", access.court())
                .query((rs, n) -> new Report(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("label.cobuilding-report", id));
    }
}
