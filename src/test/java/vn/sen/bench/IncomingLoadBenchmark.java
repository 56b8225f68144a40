package vn.sen.bench;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load scenarios of the incoming documents issue against a running Sen (loopback only), usually filled by
 * {@link AgencyHistoryGenerator}:
 *
 * <ul>
 *   <li>{@code register}: the clerk {@code vanthu} registers documents through {@code POST /api/v1/incoming-documents}
 *       (multipart: metadata JSON and a one-page PDF, a new submission key each time);
 *   <li>{@code to-process}: the "to process" list ({@code list=TO_PROCESS}) of specialists (the generated ones and
 *       {@code chuyenvien}), a division leader and the two agency leaders, page 1, some with a deadline filter;
 *   <li>{@code register-list}: the register-style list as the clerk and the director: one month of arrivals, with type,
 *       urgency or issuing body filters, sorted by arrival, page 1 or deeper pages;
 *   <li>{@code mixed}: half of each of the last two;
 *   <li>{@code auth}: {@code GET /api/v1/auth/me}, the cost of an authenticated call without any document work.
 * </ul>
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.sen.bench.IncomingLoadBenchmark \
 *     http://localhost:8080 to-process 32 30
 * </pre>
 *
 * (arguments: base URL, scenario, concurrent users, measured seconds; a warm-up of 10 s precedes the measure).
 */
public final class IncomingLoadBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] TYPES = {"CONG_VAN", "KE_HOACH", "QUYET_DINH", "THONG_BAO", "BAO_CAO", "GIAY_MOI"};
    private static final String[] ORGANS = {"Bộ Nội vụ", "Sở Tài chính", "Ủy ban nhân dân", "Công an tỉnh"};
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private IncomingLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: IncomingLoadBenchmark baseUrl register|to-process|register-list|mixed|auth"
                    + " (users seconds | --print count)");
            System.exit(2);
        }
        String base = args[0];
        String scenario = args[1];
        IntFunction<HttpRequest> requests =
                switch (scenario) {
                    case "register" -> registrations(base);
                    case "to-process" -> toProcess(base);
                    case "register-list" -> registerList(base);
                    case "mixed" -> mixed(toProcess(base), registerList(base));
                    case "auth" -> authenticatedOnly(base);
                    default -> throw new IllegalArgumentException(scenario);
                };
        if (args[2].equals("--print")) {
            print(requests, Integer.parseInt(args[3]));
            return;
        }
        int users = Integer.parseInt(args[2]);
        Duration measure = Duration.ofSeconds(Integer.parseInt(args[3]));
        LoadScenario.Result result = new LoadScenario().run(users, Duration.ofSeconds(10), measure, requests);
        System.out.printf("%s, %d users: %s%n", scenario, users, result);
    }

    /**
     * Writes the first {@code count} requests of a GET scenario as "path TAB Authorization" lines, for a driver in C
     * ({@code scripts/wrk-requests.lua}) that leaves the two cores to the server.
     */
    private static void print(IntFunction<HttpRequest> requests, int count) {
        for (int i = 0; i < count; i++) {
            HttpRequest r = requests.apply(i);
            if (!r.method().equals("GET")) {
                throw new IllegalArgumentException("only GET scenarios can be printed");
            }
            String path = r.uri().getRawPath()
                    + (r.uri().getRawQuery() == null ? "" : "?" + r.uri().getRawQuery());
            System.out.println(
                    path + "\t" + r.headers().firstValue("Authorization").orElseThrow());
        }
    }

    static IntFunction<HttpRequest> registrations(String base) throws Exception {
        String bearer = "Bearer " + token(base, "vanthu");
        byte[] pdf = onePagePdf();
        return i -> {
            String boundary = "sen-bench-" + UUID.randomUUID();
            String metadata =
                    """
                    {"submissionKey":"%s","confirmDuplicate":true,"organName":"Sở Tài chính tỉnh Sen Hồng",\
                    "codeNumber":"%d","codeNotation":"STC-NS","issuedDate":"%s","type":"CONG_VAN",\
                    "subject":"Về việc hướng dẫn lập dự toán ngân sách năm %d (kiểm thử tải %d)",\
                    "urgency":"THUONG","confidentiality":"THUONG","pageAmount":1}"""
                            .formatted(
                                    UUID.randomUUID(),
                                    1 + Math.floorMod(i, 9999),
                                    LocalDate.now().minusDays(2),
                                    LocalDate.now().getYear() + 1,
                                    i);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            part(body, boundary, "metadata", null, "application/json", metadata.getBytes(StandardCharsets.UTF_8));
            part(body, boundary, "files", "cong-van.pdf", "application/pdf", pdf);
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return HttpRequest.newBuilder(LoadScenario.uri(base, "/api/v1/incoming-documents"))
                    .header("Authorization", bearer)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
        };
    }

    static IntFunction<HttpRequest> toProcess(String base) throws Exception {
        List<String> people = new ArrayList<>(List.of("giamdoc", "phogiamdoc", "lanhdaophong", "chuyenvien"));
        for (int unit = 1; unit <= 4; unit++) {
            for (int n = 1; n <= 3; n++) {
                people.add("cv.h99.10." + unit + "." + n);
            }
        }
        List<String> bearers = bearers(base, people);
        String[] extras = {"", "", "&deadlineState=OVERDUE", "&sort=deadline&ascending=true", ""};
        return i -> {
            String bearer = bearers.get(Math.floorMod(i / 1_000_000 + i, bearers.size()));
            String query = "/api/v1/incoming-documents?list=TO_PROCESS&size=20" + extras[Math.floorMod(i, 5)];
            return get(base, query, bearer);
        };
    }

    static IntFunction<HttpRequest> registerList(String base) throws Exception {
        List<String> bearers = bearers(base, List.of("vanthu", "giamdoc"));
        LocalDate first = LocalDate.now().withDayOfMonth(1).minusYears(9);
        return i -> {
            int k = Math.floorMod(i * 31 + i / 1_000_000, 1 << 20);
            LocalDate from = first.plusMonths(k % 108);
            StringBuilder q = new StringBuilder("/api/v1/incoming-documents?list=ALL&sort=arrivedAt&size=20")
                    .append("&from=")
                    .append(from)
                    .append("&to=")
                    .append(from.plusMonths(1).minusDays(1));
            switch (k % 5) {
                case 0 -> q.append("&type=").append(TYPES[k % TYPES.length]);
                case 1 -> q.append("&urgency=KHAN");
                case 2 ->
                    q.append("&organName=")
                            .append(URLEncoder.encode(ORGANS[k % ORGANS.length], StandardCharsets.UTF_8));
                case 3 -> q.append("&type=CONG_VAN&urgency=THUONG");
                default -> {}
            }
            // Page 1 most of the time, deeper pages (up to page 50 of a month: all of it) otherwise.
            q.append("&page=").append(k % 3 == 0 ? k % 50 : 0);
            return get(base, q.toString(), bearers.get(k % bearers.size()));
        };
    }

    /** The floor of any API call: bearer token check and a tiny JSON answer ({@code GET /api/v1/auth/me}). */
    static IntFunction<HttpRequest> authenticatedOnly(String base) throws Exception {
        String bearer = "Bearer " + token(base, "chuyenvien");
        return i -> get(base, "/api/v1/auth/me", bearer);
    }

    static IntFunction<HttpRequest> mixed(IntFunction<HttpRequest> a, IntFunction<HttpRequest> b) {
        return i -> (i % 2 == 0 ? a : b).apply(i);
    }

    private static HttpRequest get(String base, String path, String bearer) {
        return HttpRequest.newBuilder(LoadScenario.uri(base, path))
                .header("Authorization", bearer)
                .GET()
                .build();
    }

    private static List<String> bearers(String base, List<String> usernames) throws Exception {
        List<String> bearers = new ArrayList<>();
        for (String username : usernames) {
            bearers.add("Bearer " + token(base, username));
        }
        return bearers;
    }

    static String token(String base, String username) throws Exception {
        HttpResponse<String> r = CLIENT.send(
                HttpRequest.newBuilder(LoadScenario.uri(base, "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"sen-demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static void part(
            ByteArrayOutputStream body, String boundary, String name, String fileName, String type, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A minimal valid one-page PDF (the file store checks the type by its content). */
    static byte[] onePagePdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 770 Td (Cong van) Tj ET\nendstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
