package court.tianping.integrity.domain;

import court.tianping.core.DomainException;
import court.tianping.integrity.ZeroReportFiled;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

/**
 * A member's zero report (零报告) for a month: they had nothing to record under the 三个规定. Filed once and kept;
 * a member who recorded something that month has no zero report to file.
 */
@Table("zero_report")
public class ZeroReport extends Recorded<ZeroReport> {

    /** How far back a forgotten month may still be reported. */
    public static final int MONTHS_BACK = 12;

    @Id
    private Long id;
    private Long courtId;
    private Long memberId;
    private Long branchId;
    private String reportMonth;
    private String filedBy;
    private LocalDateTime filedAt;

    ZeroReport() {
    }

    /**
     * Files the report for a month that has begun and is at most {@value #MONTHS_BACK} months back, once, when the
     * member recorded nothing in it.
     */
    public static ZeroReport file(Signer member, YearMonth month, boolean alreadyFiled, boolean recordedInMonth,
                                  String by, LocalDateTime now) {
        YearMonth current = YearMonth.from(now);
        if (month == null) {
            throw new DomainException("error.integrity.month-required");
        }
        if (month.isAfter(current) || month.isBefore(current.minusMonths(MONTHS_BACK))) {
            throw new DomainException("error.integrity.month", MONTHS_BACK);
        }
        if (alreadyFiled) {
            throw new DomainException("error.integrity.zero-report-filed", month.toString());
        }
        if (recordedInMonth) {
            throw new DomainException("error.integrity.zero-report-not-needed", month.toString());
        }
        ZeroReport report = new ZeroReport();
        report.courtId = member.courtId();
        report.memberId = member.memberId();
        report.branchId = member.branchId();
        report.reportMonth = month.toString();
        report.filedBy = by;
        report.filedAt = now.withNano(0);
        long court = member.courtId();
        report.raise(id -> new ZeroReportFiled(id, court, by, report.filedAt, member.memberId(), month,
                Map.of("month", month.toString(), "memberId", member.memberId())));
        return report;
    }

    @Override
    protected Long identity() {
        return id;
    }

    public Long id() { return id; }
    public long memberId() { return memberId; }
    public YearMonth month() { return YearMonth.parse(reportMonth); }
}
