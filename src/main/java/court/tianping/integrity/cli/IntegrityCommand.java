package court.tianping.integrity.cli;

import court.tianping.integrity.application.ChainVerification;
import court.tianping.integrity.application.IntegrityPeople;
import court.tianping.integrity.domain.ChainReport;
import court.tianping.integrity.domain.ChainReport.Finding;
import court.tianping.platform.Messages;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The integrity command line, run against the application's database without serving pages:
 * <pre>
 * java -jar tianping.jar integrity verify [--lang en] [--tianping.data-dir=DIR | --spring.datasource.url=URL]
 * </pre>
 * Verifies every court's chain of 三个规定 records and prints, per court, the records checked, every altered,
 * deleted or rewritten record and the first bad number. Exits with 0 when every chain is intact, 1 when tampering
 * is found, 2 on a command it does not know, 3 when the application cannot start (no database, say).
 */
public final class IntegrityCommand {

    public static final int INTACT = 0;
    public static final int TAMPERED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private IntegrityCommand() {
    }

    /** Starts the application without its web server and demo, verifies, and stops it again. */
    public static int launch(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Locale locale = Arrays.asList(args).contains("en") || Arrays.asList(args).contains("--lang=en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        if (args.length == 0 || !args[0].equals("verify")) {
            err.println(locale == Locale.ENGLISH ? "Usage: java -jar tianping.jar integrity verify [--lang en] [--tianping.data-dir=DIR | --spring.datasource.url=URL]"
                    : "用法：java -jar tianping.jar integrity verify [--lang en] [--tianping.data-dir=DIR | --spring.datasource.url=URL]");
            return USAGE;
        }
        // the web context is built (its beans need it) but no port is opened; settings such as
        // --tianping.data-dir=… or --spring.datasource.url=… after "verify" choose the database
        String[] settings = Arrays.stream(args).skip(1).filter(a -> a.startsWith("--") && a.contains("=")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("server.port=-1", "tianping.demo.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "spring.task.scheduling.enabled=false")
                .run(settings)) {
            return verify(context.getBean(ChainVerification.class), context.getBean(IntegrityPeople.class),
                    context.getBean(Messages.class), locale, out);
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    /** Verifies every court's chain and prints the outcome; answers the exit code. */
    public static int verify(ChainVerification verification, IntegrityPeople people, Messages messages, Locale locale,
                             PrintStream out) {
        List<ChainReport> reports = verification.all();
        Map<Long, String> courts = people.courtNames();
        long tampered = 0;
        for (ChainReport report : reports) {
            out.println(messages.get(locale, "integrity.cli.court", courts.getOrDefault(report.courtId(),
                    Long.toString(report.courtId())), report.checked(), report.lastSeq()));
            if (report.intact()) {
                out.println("  " + messages.get(locale, "integrity.cli.intact"));
                continue;
            }
            tampered++;
            for (Finding finding : report.findings()) {
                out.println("  " + (finding.single()
                        ? messages.get(locale, "integrity.finding." + finding.problem(), finding.fromSeq())
                        : messages.get(locale, "integrity.finding-range." + finding.problem(), finding.fromSeq(), finding.toSeq())));
            }
            out.println("  " + messages.get(locale, "integrity.cli.first-bad", report.firstBadSeq()));
        }
        out.println(tampered == 0 ? messages.get(locale, "integrity.cli.summary.intact", reports.size())
                : messages.get(locale, "integrity.cli.summary.tampered", tampered));
        return tampered == 0 ? INTACT : TAMPERED;
    }
}
