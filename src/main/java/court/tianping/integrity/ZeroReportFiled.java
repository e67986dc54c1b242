package court.tianping.integrity;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

/** A member filed the zero report (零报告) for a month: nothing to record under the 三个规定. */
public record ZeroReportFiled(long reportId, long court, String actor, LocalDateTime at, long memberId, YearMonth month,
                              Map<String, Object> after) implements IntegrityEvent {

    @Override
    public String action() {
        return "integrity.zero-report-filed";
    }

    @Override
    public String subjectType() {
        return "zero-report";
    }

    @Override
    public String subjectId() {
        return Long.toString(reportId);
    }
}
