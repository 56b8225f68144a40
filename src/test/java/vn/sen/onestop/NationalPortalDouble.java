package vn.sen.onestop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The national portal as the tests see it: a real HTTP server in the test JVM (the JDK's {@code HttpServer}) on the
 * port of {@link TestNationalPortalSettings}, which records every request and answers 200 — or 503 to the next N
 * calls when told to fail. Started once per JVM, stopped with it.
 */
final class NationalPortalDouble {

    /** One request as received. */
    record Request(String method, String path, @Nullable String key, @Nullable String idempotencyKey, String body) {}

    private static @Nullable NationalPortalDouble shared;

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Request> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    private NationalPortalDouble() {}

    static synchronized NationalPortalDouble get() {
        if (shared == null) {
            NationalPortalDouble portal = new NationalPortalDouble();
            try {
                HttpServer server =
                        HttpServer.create(new InetSocketAddress("localhost", TestNationalPortalSettings.PORT), 0);
                server.createContext("/", portal::handle);
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "national-portal-double-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = portal;
        }
        return shared;
    }

    /** The next {@code n} calls are answered 503. */
    void failNext(int n) {
        failures.set(n);
    }

    /** Every request, failed or not. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests answered 200, in the order they came. */
    List<Request> accepted() {
        return List.copyOf(accepted);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request r = new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("X-Portal-Key"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                body);
        requests.add(r);
        boolean fail = failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        if (!fail) {
            accepted.add(r);
        }
        byte[] answer = (fail ? "{\"error\":\"tạm ngừng\"}" : "{\"ok\":true}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }
}
