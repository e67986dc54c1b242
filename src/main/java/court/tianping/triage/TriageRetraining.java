package court.tianping.triage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Retrains each court's model from its confirmed records once it is older than a day (by the application's
 * clock), in a job that runs every hour on one node at a time; and, at start, learns in the background the
 * model of every court that has records but no model yet, so that a new installation suggests from the first
 * day.
 */
@Component
public class TriageRetraining {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(TriageRetraining.class);

    private final TriageModels models;
    private final TriageSubjects subjects;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Duration retrainAfter;
    private final boolean trainAtStart;

    TriageRetraining(TriageModels models, TriageSubjects subjects, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock,
                     @Value("${tianping.triage.retrain-after:P1D}") Duration retrainAfter,
                     @Value("${tianping.triage.train-at-start:true}") boolean trainAtStart) {
        this.models = models;
        this.subjects = subjects;
        this.executor = executor;
        this.clock = clock;
        this.retrainAfter = retrainAfter;
        this.trainAtStart = trainAtStart;
    }

    @Scheduled(cron = "${tianping.triage.retrain-cron:0 20 * * * *}", zone = "${tianping.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "triage-retrain", lockAtLeastFor = "PT1M")
    public void retrainOnSchedule() {
        retrainDue();
    }

    /** Retrains the courts whose model is missing or older than the set age; returns how many were retrained. */
    public int retrainDue() {
        int retrained = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (long court : subjects.courts()) {
            List<ModelVersion> versions = models.versions(court);
            boolean due = versions.stream().filter(ModelVersion::active)
                    .noneMatch(v -> v.trainedAt().plus(retrainAfter).isAfter(now));
            if (due && models.retrain(court, SYSTEM).isPresent()) {
                models.suggestForWaiting(court);
                retrained++;
            }
        }
        return retrained;
    }

    @EventListener(ApplicationReadyEvent.class)
    void trainMissingAtStart() {
        if (trainAtStart) {
            executor.execute(() -> {
                long started = System.nanoTime();
                for (long court : subjects.courts()) {
                    if (models.versions(court).isEmpty() && models.retrain(court, SYSTEM).isPresent()) {
                        models.suggestForWaiting(court);
                    }
                }
                log.info("Triage models learnt at start in {} ms", (System.nanoTime() - started) / 1_000_000);
            });
        }
    }
}
