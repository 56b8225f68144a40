package vn.sen.onestop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the national-portal connector of the test suite at its test double ({@link NationalPortalDouble}) on a free
 * port chosen once per JVM — a fixed port would collide with the test runs of other working copies — with a shared
 * key, a fast retry schedule (three attempts, 200 ms doubling) and small message limits, so that the tests see retries
 * and refusals in seconds. A property source rather than {@code @DynamicPropertySource}, which would give the
 * connector's tests a Spring context of their own.
 */
public class TestNationalPortalSettings implements EnvironmentPostProcessor {

    static final String KEY = "khoa-thu-nghiem-cong-dvcqg";
    static final int PORT = freePort();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-national-portal",
                        Map.of(
                                "sen.national-portal.url", "http://localhost:" + PORT + "/dvcqg",
                                "sen.national-portal.key", KEY,
                                "sen.national-portal.retry-delay", "200ms",
                                "sen.national-portal.max-retry-delay", "1s",
                                "sen.national-portal.max-attempts", "3",
                                "sen.national-portal.poll-delay", "300ms",
                                "sen.national-portal.max-message-bytes", "600000",
                                "sen.national-portal.max-files-bytes", "300000",
                                "sen.national-portal.max-files", "5")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
