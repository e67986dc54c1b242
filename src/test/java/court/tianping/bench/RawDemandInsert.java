package court.tianping.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * The yardstick for the intake benchmark (bench/demand.sh): how many demands per second plain JDBC writes
 * when it inserts the same rows a work order leaves through the API, copied from a demand the API created:
 * the demand, its timeline steps and deadlines, its change to the figures' tally, its audit entries, its
 * notifications and its triage suggestion. One transaction per demand, or per {@code PER_TRANSACTION}
 * demands to set beside the batch endpoint; from as many connections as wrk uses against the API.
 *
 * <pre>java -cp target/test-classes:$(cat target/bench-classpath) court.tianping.bench.RawDemandInsert URL SAMPLE_ID THREADS SECONDS [PER_TRANSACTION]</pre>
 */
public final class RawDemandInsert {

    record Rows(List<String> columns, List<List<Object>> values) {
    }

    /** The rows of one table that belong to the sample demand, and how a copy points at its own demand. */
    record Copied(String table, Rows rows, String demandColumn, LongFunction<Object> reference) {

        String insert() {
            return "insert into " + table + " (" + String.join(", ", rows.columns()) + ") values ("
                    + String.join(", ", rows.columns().stream().map(c -> "?").toList()) + ")";
        }
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long sample = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int perTransaction = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        Rows demand;
        List<Copied> children = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            demand = read(c, "select * from demand where id = " + sample, "id");
            children.add(new Copied("demand_step", read(c, "select * from demand_step where demand = " + sample), "demand", id -> id));
            children.add(new Copied("demand_deadline", read(c, "select * from demand_deadline where demand = " + sample), "demand", id -> id));
            children.add(new Copied("demand_tally_change", read(c, tallyChangeOf(sample)), null, id -> id));
            children.add(new Copied("audit_log", read(c, "select * from audit_log where subject_type = 'demand' and subject_id = '"
                    + sample + "'", "id"), "subject_id", String::valueOf));
            children.add(new Copied("notification", read(c, "select * from notification where link = '/demands/" + sample + "'", "id"),
                    "link", id -> "/demands/" + id));
            children.add(new Copied("triage_suggestion", read(c, "select * from triage_suggestion where subject_id = " + sample),
                    "subject_id", id -> id));
        }
        System.out.printf("rows per demand: 1 demand%s%n", children.stream()
                .map(ch -> ", " + ch.rows().values().size() + " " + ch.table()).reduce("", String::concat));
        AtomicLong written = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                insertUntil(url, thread, deadline, perTransaction, demand, children, written);
                return null;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        for (Future<?> run : running) {
            run.get();
        }
        System.out.printf("raw JDBC: %d demands in %d s, %.0f demands/s (%d connections, %d demand(s) per transaction)%n",
                written.get(), seconds, written.get() / (double) seconds, threads, perTransaction);
    }

    /** The tally change of a new demand, as intake appends it (the change itself is folded away within seconds). */
    private static String tallyChangeOf(long sample) {
        return "select court_id, branch_id, organization_path as branch_path, "
                + "cast(extract(year from submitted_at) * 100 + extract(month from submitted_at) as int) as year_month, "
                + "street_id, category_id, channel, 1 as total, 0 as contacted, 0 as responded, 0 as resolved, 0 as visited, "
                + "0 as satisfied, 0 as before_litigation from demand where id = " + sample;
    }

    private static void insertUntil(String url, int thread, long deadline, int perTransaction, Rows demand,
                                    List<Copied> children, AtomicLong written) throws SQLException {
        List<String> demandColumns = demand.columns();
        String run = Long.toString(System.currentTimeMillis() / 1000 % 46_656, 36);
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement insertDemand = c.prepareStatement(insert("demand", demandColumns), Statement.RETURN_GENERATED_KEYS)) {
            List<PreparedStatement> inserts = new ArrayList<>();
            for (Copied child : children) {
                inserts.add(c.prepareStatement(child.insert()));
            }
            c.setAutoCommit(false);
            long n = 0;
            while (System.nanoTime() < deadline) {
                for (int i = 0; i < perTransaction; i++) {
                    n++;
                    List<Object> values = new ArrayList<>(demand.values().get(0));
                    values.set(demandColumns.indexOf("tracking_code"), String.format("R%s%02d%06d", run, thread, n));
                    values.set(demandColumns.indexOf("external_ref"), "RAW-" + thread + "-" + n + "-" + System.nanoTime());
                    bind(insertDemand, values);
                    insertDemand.executeUpdate();
                    long id;
                    try (ResultSet keys = insertDemand.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (int k = 0; k < children.size(); k++) {
                        addChildren(inserts.get(k), children.get(k), id);
                        inserts.get(k).executeBatch();
                    }
                }
                c.commit();
                written.addAndGet(perTransaction);
            }
            for (PreparedStatement insert : inserts) {
                insert.close();
            }
        }
    }

    private static void addChildren(PreparedStatement insert, Copied child, long demandId) throws SQLException {
        for (List<Object> row : child.rows().values()) {
            List<Object> values = new ArrayList<>(row);
            if (child.demandColumn() != null) {
                values.set(child.rows().columns().indexOf(child.demandColumn()), child.reference().apply(demandId));
            }
            bind(insert, values);
            insert.addBatch();
        }
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            statement.setObject(i + 1, value instanceof Timestamp t ? t.toLocalDateTime() : value);
        }
    }

    private static String insert(String table, List<String> columns) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    /** The rows a query returns, without the columns named (identities the database gives each copy). */
    private static Rows read(Connection c, String sql, String... dropped) throws SQLException {
        List<String> drop = List.of(dropped);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (!drop.contains(meta.getColumnName(i))) {
                    columns.add(meta.getColumnName(i));
                    kept.add(i);
                }
            }
            List<List<Object>> values = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i : kept) {
                    row.add(rs.getObject(i));
                }
                values.add(row);
            }
            if (values.isEmpty()) {
                throw new IllegalStateException("the sample demand left no rows for: " + sql);
            }
            return new Rows(columns, values);
        }
    }
}
