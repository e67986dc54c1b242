package court.tianping;

import court.tianping.integrity.cli.IntegrityCommand;
import court.tianping.triage.cli.TriageCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Tianping", sharedModules = "core")
public class Tianping {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("triage")) {
            // the evaluation command line runs on its own, without starting the application
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(TriageCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err));
        }
        if (args.length > 0 && args[0].equals("integrity")) {
            // verifies the 三个规定 chains against the application's database, without serving pages
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(IntegrityCommand.launch(Tianping.class, Arrays.copyOfRange(args, 1, args.length), out, err));
        }
        SpringApplication.run(Tianping.class, args);
    }
}
