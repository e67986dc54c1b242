package court.tianping.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The yardstick for the intake benchmark (bench/demand.sh): how many demands per second plain JDBC
 * writes when it inserts the same rows a work order leaves through the API (the demand, its timeline
 * steps and its deadlines, copied from a demand the API created), one transaction per demand, from
 * as many connections as wrk uses against the API.
 *
 * <pre>java -cp target/test-classes:$(cat target/bench-classpath) court.tianping.bench.RawDemandInsert URL SAMPLE_ID THREADS SECONDS</pre>
 */
public final class RawDemandInsert {

    record Rows(List<String> columns, List<List<Object>> values) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long sample = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Rows demand;
        Rows steps;
        Rows deadlines;
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            demand = read(c, "select * from demand where id = " + sample);
            steps = read(c, "select * from demand_step where demand = " + sample);
            deadlines = read(c, "select * from demand_deadline where demand = " + sample);
        }
        AtomicLong written = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                insertUntil(url, thread, deadline, demand, steps, deadlines, written);
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        System.out.printf("raw JDBC: %d demands in %d s, %.0f demands/s (%d connections)%n",
                written.get(), seconds, written.get() / (double) seconds, threads);
    }

    private static void insertUntil(String url, int thread, long deadline, Rows demand, Rows steps, Rows deadlines,
                                    AtomicLong written) throws SQLException {
        List<String> demandColumns = demand.columns().subList(1, demand.columns().size());
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement insertDemand = c.prepareStatement(insert("demand", demandColumns), Statement.RETURN_GENERATED_KEYS);
             PreparedStatement insertStep = c.prepareStatement(insert("demand_step", steps.columns()));
             PreparedStatement insertDeadline = c.prepareStatement(insert("demand_deadline", deadlines.columns()))) {
            c.setAutoCommit(false);
            long n = 0;
            while (System.nanoTime() < deadline) {
                n++;
                List<Object> values = new ArrayList<>(demand.values().get(0).subList(1, demand.columns().size()));
                values.set(demandColumns.indexOf("tracking_code"), String.format("R%02d%08d", thread, n));
                values.set(demandColumns.indexOf("external_ref"), "RAW-" + thread + "-" + n + "-" + System.nanoTime());
                bind(insertDemand, values);
                insertDemand.executeUpdate();
                long id;
                try (ResultSet keys = insertDemand.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                addChildren(insertStep, steps, id);
                addChildren(insertDeadline, deadlines, id);
                insertStep.executeBatch();
                insertDeadline.executeBatch();
                c.commit();
                written.incrementAndGet();
            }
        }
    }

    private static void addChildren(PreparedStatement insert, Rows rows, long demandId) throws SQLException {
        for (List<Object> row : rows.values()) {
            List<Object> values = new ArrayList<>(row);
            values.set(rows.columns().indexOf("demand"), demandId);
            bind(insert, values);
            insert.addBatch();
        }
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static String insert(String table, List<String> columns) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    private static Rows read(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            List<List<Object>> values = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(rs.getObject(i));
                }
                values.add(row);
            }
            return new Rows(columns, values);
        }
    }
}
