package court.tianping.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A court's weekly evaluation-and-feedback report for the week from Monday {@code weekStart} was generated. */
public record WeeklyFeedbackReportGenerated(long reportId, long court, String actor, LocalDateTime at, LocalDate weekStart,
                                            int lines, Map<String, Object> after) implements SupervisionEvent {

    @Override
    public String action() {
        return "supervision.weekly-report-generated";
    }

    @Override
    public String subjectType() {
        return "weekly-feedback-report";
    }

    @Override
    public String subjectId() {
        return Long.toString(reportId);
    }
}
