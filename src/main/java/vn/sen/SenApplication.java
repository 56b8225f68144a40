package vn.sen;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.sen.exchange.edxml.EdxmlCommandLine;

/**
 * Sen: one deployable holding a province's digital office and one-stop shop. {@code java -jar sen.jar} runs it;
 * {@code java -jar sen.jar edxml validate|show FILE} checks an edXML packet without starting it;
 * {@code java -jar sen.jar search rebuild [sources|entries]} rebuilds the search index and exits.
 */
@SpringBootApplication
@EnableScheduling
public class SenApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("edxml")) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(EdxmlCommandLine.run(Arrays.copyOfRange(args, 1, args.length), out, err));
        }
        if (args.length > 1 && args[0].equals("search") && args[1].equals("rebuild")) {
            String scope = args.length > 2 ? args[2] : "sources";
            // The web server comes up on a free port, unused: the security configuration needs a servlet context.
            SpringApplication.run(SenApplication.class, "--sen.search.command=rebuild:" + scope, "--server.port=0");
            return;
        }
        SpringApplication.run(SenApplication.class, args);
    }
}
