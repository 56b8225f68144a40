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
 * {@code java -jar sen.jar edxml validate|show FILE} checks an edXML packet without starting it.
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
        SpringApplication.run(SenApplication.class, args);
    }
}
