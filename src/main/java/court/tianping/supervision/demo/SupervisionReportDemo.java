package court.tianping.supervision.demo;

import court.tianping.organization.DemoCityGenerated;
import court.tianping.supervision.application.WeeklyReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The weekly reports of the past year in the demo court, as the Monday job would have made them. Runs after the
 * archive's demo, so that the reports count the archive entries too.
 */
@Component
class SupervisionReportDemo {

    private static final Logger log = LoggerFactory.getLogger(SupervisionReportDemo.class);
    private static final int WEEKS = 52;

    private final WeeklyReports reports;
    private final Clock clock;

    SupervisionReportDemo(WeeklyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @EventListener
    @Order(SupervisionDemo.ORDER + 20)
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        LocalDate last = WeeklyReports.weekBefore(LocalDate.now(clock));
        for (int w = WEEKS - 1; w >= 0; w--) {
            LocalDate weekStart = last.minusWeeks(w);
            LocalDateTime monday = weekStart.plusWeeks(1).atTime(6, 0);
            reports.generate(event.mainCourtId(), weekStart, monday, "demo");
        }
        log.info("Demo weekly feedback reports generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
