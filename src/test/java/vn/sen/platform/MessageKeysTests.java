package vn.sen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key a template uses exists in the Vietnamese bundles, and no bundle is saved in a wrong encoding.
 * (Keys built at run time, like {@code #{'role.' + ${r}}}, are checked by the pages' own tests.)
 */
class MessageKeysTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void everyTemplateKeyHasAVietnameseText() throws IOException {
        Properties vi = bundles();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(t, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!vi.containsKey(m.group(1))) {
                        missing.add(RESOURCES.relativize(t) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bundlesAreUtf8WithVietnameseText() throws IOException {
        Properties vi = bundles();
        assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
        assertThat(vi.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("\uFFFD"));
    }

    private static Properties bundles() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("messages"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith("_vi.properties")).toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                    all.putAll(p);
                }
            }
        }
        return all;
    }
}
