package vn.sen.bench;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed targets of the one-stop statistics and the public lookup (issue 5) against a running Sen (loopback only),
 * filled by {@link ProvinceDossierGenerator}:
 *
 * <ul>
 *   <li>{@code report YEAR RUNS}: {@code GET /api/v1/dossier-statistics/report} for one year across all agencies as
 *       the system administrator, one request at a time (target: under 1 s), grouped by agency, then by field and by
 *       procedure; {@code /indicators} for the same year (what the public page computes every few minutes); and the
 *       staff page {@code /onestop/statistics} (report and indicators) grouped by agency and by field;
 *   <li>{@code lookup USERS SECONDS}: {@code POST /api/v1/dossiers/lookup} with valid code and phone pairs of generated
 *       dossiers, from {@code USERS} concurrent clients (target: p95 under 50 ms with 64), after a 10 s warm-up;
 *   <li>{@code lookup-pairs FILE}: writes such pairs for {@code scripts/bench-lookup.lua}, the same lookup driven by
 *       {@code wrk}, whose event loop in C leaves the two cores to the server.
 * </ul>
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.sen.bench.StatisticsBenchmark \
 *     http://localhost:8080 jdbc:postgresql://localhost:15432/postgres postgres postgres report 2025 30
 * java -cp … vn.sen.bench.StatisticsBenchmark http://localhost:8080 jdbc:… postgres postgres lookup 64 30
 * </pre>
 */
public final class StatisticsBenchmark {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private StatisticsBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 6 && args[4].equals("lookup-pairs")) {
            writePairs(pairs(args[1], args[2], args[3]), Path.of(args[5]));
            return;
        }
        if (args.length != 7) {
            System.err.println("usage: StatisticsBenchmark baseUrl jdbcUrl user password report YEAR RUNS"
                    + " | lookup USERS SECONDS | lookup-pairs FILE");
            System.exit(2);
        }
        String base = args[0];
        int a = Integer.parseInt(args[5]);
        int b = Integer.parseInt(args[6]);
        switch (args[4]) {
            case "report" -> report(base, a, b);
            case "lookup" -> lookup(base, pairs(args[1], args[2], args[3]), a, b);
            default -> throw new IllegalArgumentException(args[4]);
        }
    }

    static void report(String base, int year, int runs) throws Exception {
        String bearer = "Bearer " + IncomingLoadBenchmark.token(base, "admin");
        String period = "from=" + year + "-01-01&to=" + year + "-12-31";
        for (String path : List.of(
                "/api/v1/dossier-statistics/report?grouping=AGENCY&" + period,
                "/api/v1/dossier-statistics/report?grouping=FIELD&" + period,
                "/api/v1/dossier-statistics/report?grouping=PROCEDURE&" + period,
                "/api/v1/dossier-statistics/indicators?" + period)) {
            measure(
                    CLIENT,
                    HttpRequest.newBuilder(LoadScenario.uri(base, path))
                            .header("Authorization", bearer)
                            .GET()
                            .build(),
                    runs);
        }
        HttpClient staff = loggedIn(base, "admin");
        for (String grouping : List.of("AGENCY", "FIELD")) {
            String path = "/onestop/statistics?grouping=" + grouping + "&" + period;
            measure(
                    staff,
                    HttpRequest.newBuilder(LoadScenario.uri(base, path)).GET().build(),
                    runs);
        }
    }

    /** A client holding the session of a user logged in through the login form, for the staff pages. */
    private static HttpClient loggedIn(String base, String username) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String form = client.send(
                        HttpRequest.newBuilder(LoadScenario.uri(base, "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + username + "&password=sen-demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        client.send(
                HttpRequest.newBuilder(LoadScenario.uri(base, "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return client;
    }

    /** Three warm-up requests, then {@code runs} one at a time. */
    private static void measure(HttpClient client, HttpRequest request, int runs) throws Exception {
        for (int i = 0; i < 3; i++) {
            send(client, request);
        }
        long[] millis = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            size = send(client, request);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                "%s: %d runs, p50 %d ms, p95 %d ms, max %d ms (%d bytes)%n",
                request.uri().getPath() + "?" + request.uri().getQuery(),
                runs,
                millis[(int) Math.ceil(runs * 0.5) - 1],
                millis[(int) Math.ceil(runs * 0.95) - 1],
                millis[runs - 1],
                size);
    }

    static void lookup(String base, List<String[]> pairs, int users, int seconds) throws Exception {
        IntFunction<HttpRequest> requests = i -> {
            String[] pair = pairs.get(Math.floorMod(i * 7 + i / 1_000_000, pairs.size()));
            return HttpRequest.newBuilder(LoadScenario.uri(base, "/api/v1/dossiers/lookup"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"code\":\"" + pair[0] + "\",\"contact\":\"" + pair[1] + "\"}"))
                    .build();
        };
        LoadScenario.Result result =
                new LoadScenario().run(users, Duration.ofSeconds(10), Duration.ofSeconds(seconds), requests);
        System.out.printf("lookup, %d users, %d pairs: %s%n", users, pairs.size(), result);
    }

    /** The pairs as tab-separated lines, for {@code scripts/bench-lookup.lua} (wrk). */
    static void writePairs(List<String[]> pairs, Path file) throws Exception {
        Files.write(file, pairs.stream().map(p -> p[0] + "\t" + p[1]).toList());
        System.out.printf("%d pairs written to %s%n", pairs.size(), file);
    }

    /** Valid code and phone pairs of generated dossiers, spread over the five years. */
    static List<String[]> pairs(String url, String user, String password) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code, applicant_phone from onestop.dossier tablesample"
                        + " system (2) where code like 'BENCH%' limit 20000")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no generated dossiers: run ProvinceDossierGenerator first");
        }
        return out;
    }

    private static int send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(
                    request.uri() + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        return r.body().length;
    }
}
