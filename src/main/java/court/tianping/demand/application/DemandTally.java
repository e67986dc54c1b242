package court.tianping.demand.application;

import court.tianping.demand.application.TallyFacts.Cell;
import court.tianping.demand.application.TallyFacts.Counts;
import court.tianping.demand.domain.Demand;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.mapping.event.BeforeSaveCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the tally behind the demand figures (see V7__demand_tally.sql). Every save of a demand appends
 * what it changes in the figures; a job on one node at a time folds the appended changes into the tally.
 * The tally can be rebuilt from the demands themselves, which happens at start when it is missing.
 */
@Component
public class DemandTally implements BeforeSaveCallback<Demand> {

    private static final Logger log = LoggerFactory.getLogger(DemandTally.class);
    private static final int BATCH = 2000;
    private static final String MEASURES = "total, contacted, responded, resolved, visited, satisfied, before_litigation";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshot;

    DemandTally(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = new TransactionTemplate(transactionManager);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Runs inside the transaction that saves the demand, so the change and the demand commit together. */
    @Override
    public Demand onBeforeSave(Demand demand, MutableAggregateChange<Demand> change) {
        TallyFacts now = TallyFacts.of(demand);
        TallyFacts before = demand.id() == null ? null : jdbc.sql("select " + TallyFacts.COLUMNS + " from demand d where d.id = :id")
                .param("id", demand.id()).query((rs, n) -> TallyFacts.read(rs)).optional().orElse(null);
        if (before == null) {
            append(now);
        } else if (before.samePlace(now)) {
            Counts difference = now.counts().plus(before.counts().negated());
            if (!difference.isZero()) {
                append(now.withCounts(difference));
            }
        } else {
            append(before.withCounts(before.counts().negated()));
            append(now);
        }
        return demand;
    }

    private void append(TallyFacts facts) {
        Counts c = facts.counts();
        jdbc.sql("insert into demand_tally_change (court_id, branch_id, branch_path, year_month, street_id, category_id, channel, "
                        + MEASURES + ") values (:court, :branch, :path, :month, :street, :category, :channel, "
                        + ":total, :contacted, :responded, :resolved, :visited, :satisfied, :beforeLitigation)")
                .param("court", facts.courtId()).param("branch", facts.branchId()).param("path", facts.branchPath())
                .param("month", facts.month()).param("street", facts.streetId()).param("category", facts.categoryId())
                .param("channel", facts.channel().name())
                .param("total", c.total()).param("contacted", c.contacted()).param("responded", c.responded())
                .param("resolved", c.resolved()).param("visited", c.visited()).param("satisfied", c.satisfied())
                .param("beforeLitigation", c.beforeLitigation())
                .update();
    }

    @Scheduled(cron = "${tianping.demand.tally-cron:*/20 * * * * *}", zone = "${tianping.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "demand-tally", lockAtMostFor = "PT10M")
    public void compactOnSchedule() {
        int folded = compact();
        if (folded > 0) {
            log.debug("Folded {} demand figure changes into the tally", folded);
        }
    }

    /** Folds the appended changes into the tally, a batch per transaction; returns how many were folded. */
    public int compact() {
        int folded = 0;
        int batch;
        do {
            Integer done = transactions.execute(status -> compactBatch());
            batch = done == null ? 0 : done;
            folded += batch;
        } while (batch == BATCH);
        return folded;
    }

    private int compactBatch() {
        List<Long> ids = new ArrayList<>();
        Map<Cell, Counts> sums = new HashMap<>();
        jdbc.sql("select * from demand_tally_change order by id fetch first " + BATCH + " rows only").query((RowCallbackHandler) rs -> {
            ids.add(rs.getLong("id"));
            TallyFacts change = TallyFacts.readChange(rs);
            change.cells().forEach(cell -> sums.merge(cell, change.counts(), Counts::plus));
        });
        if (ids.isEmpty()) {
            return 0;
        }
        add(sums);
        jdbc.sql("delete from demand_tally_change where id in (:ids)").param("ids", ids).update();
        nextGeneration();
        return ids.size();
    }

    private void add(Map<Cell, Counts> sums) {
        List<Map.Entry<Cell, Counts>> entries = new ArrayList<>(sums.entrySet());
        int[] updated = jdbcTemplate.batchUpdate("update demand_tally set total = total + ?, contacted = contacted + ?, "
                        + "responded = responded + ?, resolved = resolved + ?, visited = visited + ?, satisfied = satisfied + ?, "
                        + "before_litigation = before_litigation + ? where tally_level = ? and court_id = ? and branch_id = ? "
                        + "and year_month = ? and dimension = ? and dim_key = ?",
                entries.stream().map(e -> {
                    Counts c = e.getValue();
                    Cell k = e.getKey();
                    return new Object[]{c.total(), c.contacted(), c.responded(), c.resolved(), c.visited(), c.satisfied(),
                            c.beforeLitigation(), String.valueOf(k.level()), k.courtId(), k.branchId(), k.month(),
                            k.dimension(), k.key()};
                }).toList());
        List<Map.Entry<Cell, Counts>> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(entries.get(i));
            }
        }
        insert(missing);
    }

    private void insert(List<Map.Entry<Cell, Counts>> rows) {
        jdbcTemplate.batchUpdate("insert into demand_tally (tally_level, court_id, branch_id, branch_path, year_month, dimension, dim_key, "
                        + MEASURES + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream().map(e -> {
                    Counts c = e.getValue();
                    Cell k = e.getKey();
                    return new Object[]{String.valueOf(k.level()), k.courtId(), k.branchId(), k.branchPath(), k.month(),
                            k.dimension(), k.key(), c.total(), c.contacted(), c.responded(), c.resolved(), c.visited(),
                            c.satisfied(), c.beforeLitigation()};
                }).toList());
    }

    /** Tells the readers of the tally that it changed (see {@link TallyReadings}). */
    private void nextGeneration() {
        jdbc.sql("update demand_tally_generation set generation = generation + 1 where id = 1").update();
    }

    /** Recomputes the whole tally from the demands, on one snapshot of them. */
    public void rebuild() {
        long started = System.nanoTime();
        Integer demands = snapshot.execute(status -> {
            jdbc.sql("delete from demand_tally_change").update();
            jdbc.sql("delete from demand_tally").update();
            Map<Cell, Counts> sums = new HashMap<>();
            int[] count = {0};
            JdbcTemplate streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
            streaming.setFetchSize(BATCH);
            streaming.query("select " + TallyFacts.COLUMNS + " from demand d", rs -> {
                TallyFacts facts = TallyFacts.read(rs);
                facts.cells().forEach(cell -> sums.merge(cell, facts.counts(), Counts::plus));
                count[0]++;
            });
            List<Map.Entry<Cell, Counts>> rows = new ArrayList<>(sums.entrySet());
            for (int from = 0; from < rows.size(); from += BATCH) {
                insert(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            }
            nextGeneration();
            return count[0];
        });
        log.info("Demand figures rebuilt from {} demands in {} ms", demands, (System.nanoTime() - started) / 1_000_000);
    }

    /** Demands that predate the tally, or were loaded in bulk, are counted when the application starts. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() {
        boolean tallied = jdbc.sql("select count(*) from demand_tally").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from demand_tally_change").query(Long.class).single() > 0;
        boolean demandsExist = jdbc.sql("select count(*) from demand").query(Long.class).single() > 0;
        if (!tallied && demandsExist) {
            rebuild();
        }
    }
}
