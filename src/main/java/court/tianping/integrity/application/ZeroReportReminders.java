package court.tianping.integrity.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.YearMonth;

/**
 * Near the end of each month, reminds every member who has filed neither a zero report nor a record for it (每月上旬
 * 督促完成三个规定填报), once per member and month. Runs on one node at a time.
 */
@Component
class ZeroReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ZeroReportReminders.class);

    private final ZeroReports zeroReports;
    private final IntegrityPeople people;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ZeroReportReminders(ZeroReports zeroReports, IntegrityPeople people, TransactionTemplate transactions, Clock clock) {
        this.zeroReports = zeroReports;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${tianping.integrity.reminder-cron:0 0 9 25 * *}", zone = "${tianping.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "integrity-zero-report-reminders", lockAtLeastFor = "PT1M")
    public void run() {
        YearMonth month = YearMonth.now(clock);
        int sent = 0;
        for (long court : people.courtNames().keySet()) {
            Integer count = transactions.execute(status -> zeroReports.remindIn(court, month));
            sent += count == null ? 0 : count;
        }
        if (sent > 0) {
            log.info("Sent {} zero-report reminders for {}", sent, month);
        }
    }
}
