package court.tianping.cobuilding;

import java.time.LocalDateTime;
import java.util.Map;

/** The annual co-building report of a street (一报告) was filed. */
public record StreetReportFiled(long reportId, long court, String actor, LocalDateTime at, long streetId, int year, Map<String, Object> after) implements CobuildingEvent {

    @Override
    public String action() {
        return "cobuilding.street-report-filed";
    }

    @Override
    public String subjectType() {
        return "cobuilding-street-report";
    }

    @Override
    public String subjectId() {
        return Long.toString(reportId);
    }
}
