package court.tianping.supervision.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Every Monday morning, each court's report for the week just ended, each in a transaction of its own (a court
 * already reported is left as it is). Runs on one node at a time.
 */
@Component
public class WeeklyReportJob {

    private static final Logger log = LoggerFactory.getLogger(WeeklyReportJob.class);

    private final WeeklyReports reports;
    private final Clock clock;

    public WeeklyReportJob(WeeklyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(cron = "${tianping.supervision.weekly-report-cron:0 0 6 * * MON}", zone = "${tianping.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "supervision-weekly-report", lockAtLeastFor = "PT1M")
    public void run() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate weekStart = WeeklyReports.weekBefore(now.toLocalDate());
        int generated = 0;
        for (long court : reports.courts()) {
            Optional<Long> report = reports.generate(court, weekStart, now, "system");
            if (report.isPresent()) {
                reports.announce(court, report.get(), weekStart);
                generated++;
            }
        }
        log.info("Weekly feedback reports of the week from {} generated for {} courts", weekStart, generated);
    }
}
