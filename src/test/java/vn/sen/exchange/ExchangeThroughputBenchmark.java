package vn.sen.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.sen.exchange.Interconnection.Agency;

/**
 * End-to-end exchange throughput between two real installations on this machine (issue 6): how many document packets
 * per second A delivers to B and gets the 01 (đã đến) back for, sustained over a backlog.
 *
 * <p>The scenario: A and B start (demo data; B gets {@code sen.bench.agencies} receiving agencies, each routed from A
 * over HTTP with its certificate pinned, and routes A's Sở KH&CN back). A warm-up of {@code sen.bench.warmup}
 * documents, each to every agency of B, travels live. Then A's directory entries are pointed at a closed port (as an
 * administrator would when the peer is down), A's clerks issue {@code sen.bench.documents} documents to every agency
 * of B (one packet per recipient: the signed decision, about 150 KB, base64 in a signed packet of about 200 KB), the
 * entries are pointed back at B and the backlog is released (its retry times set to now). The figures come from the
 * two databases' own timestamps: the whole window from the first delivery to the last 01 back at A, and the sustained
 * rate between the 10th and the 90th percentile of the 01s (everything: A's courier and HTTP, B's reception, checks,
 * storage, electronic arrivals and its 01, B's courier, A's reception of the 01 and the recipient's status).
 *
 * <p>Children run the server JVM ({@code -Dsen.instance.production-jvm=true}); a profiler can be added with
 * {@code -Dsen.instance.jvm-extra=-XX:StartFlightRecording=settings=profile} (dump it with {@code jcmd}).
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dsen.instance.production-jvm=true -Dsen.bench.agencies=50 -Dsen.bench.documents=60 \
 *   -cp %classpath vn.sen.exchange.ExchangeThroughputBenchmark"
 * </pre>
 */
public final class ExchangeThroughputBenchmark {

    private static final Agency SKHCN_AT_A =
            new Agency("H99.10", "000.00.10.H99", "Sở Khoa học và Công nghệ (Sen Hồng)");
    private static final String NOWHERE = "http://127.0.0.1:1/api/v1/exchange/packets";

    private ExchangeThroughputBenchmark() {}

    public static void main(String[] args) {
        int agencies = Integer.getInteger("sen.bench.agencies", 50);
        int documents = Integer.getInteger("sen.bench.documents", 60);
        int warmup = Integer.getInteger("sen.bench.warmup", 20);
        try (InstanceDatabases databases = InstanceDatabases.start();
                SenInstance a = SenInstance.prepare("bench-a", databases.create("bench_a"), true);
                SenInstance b = SenInstance.prepare("bench-b", databases.create("bench_b"), true)) {
            CompletableFuture<Duration> startingA = CompletableFuture.supplyAsync(a::start);
            b.start();
            startingA.join();
            List<Agency> atB = new ArrayList<>();
            for (int i = 0; i < agencies; i++) {
                int n = 10 + i;
                Agency agency = new Agency("H98." + n, "000.00." + n + ".H98", "Cơ quan nhận thử tải số " + n);
                PeerAgencyFixture.agencyAt(b, agency.code(), agency.name());
                atB.add(agency);
            }
            Interconnection.route(a, b, atB);
            Interconnection.route(b, a, List.of(SKHCN_AT_A));
            List<Map<String, Object>> recipients = atB.stream()
                    .map(agency -> IssuingClerk.external(agency.code(), agency.name()))
                    .toList();
            IssuingClerk clerk = new IssuingClerk(a);

            String[] warm = issue(clerk, "Làm nóng", warmup, recipients);
            awaitStatuses(a, warm, (long) warmup * agencies);

            pointEntries(a, atB, NOWHERE);
            Instant issuingFrom = Instant.now();
            String[] measured = issue(clerk, "Thử tải liên thông", documents, recipients);
            Duration issuing = Duration.between(issuingFrom, Instant.now());
            pointEntries(a, atB, b.baseUrl() + "/api/v1/exchange/packets");
            Recording recording = Recording.start(a, b);
            Statements statements = Statements.reset(a);
            CpuUse cpu = CpuUse.start(a, b);
            // Skips the packets a courier holds (it is sending them now): an update that waited for those rows would
            // keep the ones it had already changed locked, and hidden from the couriers, until the last one is sent.
            a.database()
                    .update("update exchange.outbound_packet set next_attempt_at = now() where id in (select id from"
                            + " exchange.outbound_packet where state = 'PENDING' for update skip locked)");
            System.out.println("Backlog released");

            long packets = (long) documents * agencies;
            awaitStatuses(a, measured, packets);
            CpuUse.Used used = cpu.stop();
            recording.dump();
            report(a, b, measured, packets, issuing);
            used.print(packets);
            statements.print(packets);
        }
    }

    private static String[] issue(IssuingClerk clerk, String subject, int documents, List<Map<String, Object>> to) {
        List<String> ids = new ArrayList<>();
        for (int d = 1; d <= documents; d++) {
            ids.add(clerk.issue(subject + " " + d + "/" + documents + " " + UUID.randomUUID(), to)
                    .get("id")
                    .asString());
        }
        return ids.toArray(String[]::new);
    }

    /** Points A's entries for these agencies at {@code endpoint}, through the directory API as an administrator. */
    private static void pointEntries(SenInstance a, List<Agency> agencies, String endpoint) {
        String admin = a.bearer("admin");
        Set<String> codes = new HashSet<>();
        agencies.forEach(agency -> codes.add(agency.code()));
        for (JsonNode entry :
                a.api().get("/api/v1/exchange/directory", admin).ok().json()) {
            if (!codes.contains(entry.get("code").asString())) {
                continue;
            }
            Map<String, Object> edit = new LinkedHashMap<>();
            for (String field : List.of("code", "edxmlCode", "name", "transport", "pinnedCertificate", "validFrom")) {
                edit.put(field, entry.get(field).asString());
            }
            edit.put("endpoint", endpoint);
            edit.put("version", entry.get("version").asLong());
            a.api()
                    .put("/api/v1/exchange/directory/" + entry.get("id").asString(), admin, edit)
                    .ok();
        }
    }

    private static void awaitStatuses(SenInstance a, String[] outgoing, long expected) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        while (statusesBack(a, outgoing) < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + statusesBack(a, outgoing) + " of " + expected + " statuses back");
            }
            sleep();
        }
    }

    private static long statusesBack(SenInstance a, String[] outgoing) {
        Long n = a.database()
                .queryForObject(
                        "select count(*) from exchange.inbound_packet i where i.status_code = '01'"
                                + " and i.edxml_document_id in (select edxml_document_id from exchange.outbound_packet"
                                + " where outgoing_document_id = any(?::uuid[]))",
                        Long.class,
                        (Object) outgoing);
        return n == null ? 0 : n;
    }

    private static void report(SenInstance a, SenInstance b, String[] outgoing, long packets, Duration issuing) {
        Map<String, Object> sent = a.database()
                .queryForMap(
                        "select min(sent_at) as first, max(sent_at) as last, max(attempts) as attempts"
                                + " from exchange.outbound_packet where kind = 'DOCUMENT'"
                                + " and outgoing_document_id = any(?::uuid[])",
                        (Object) outgoing);
        Map<String, Object> back = a.database()
                .queryForMap(
                        "select max(received_at) as last from exchange.inbound_packet where status_code = '01'"
                                + " and edxml_document_id in (select edxml_document_id from exchange.outbound_packet"
                                + " where outgoing_document_id = any(?::uuid[]))",
                        (Object) outgoing);
        Map<String, Object> atB = b.database()
                .queryForMap(
                        "select min(received_at) as first, max(received_at) as last, count(*) as n,"
                                + " avg(size) as size from exchange.inbound_packet where kind = 'DOCUMENT'"
                                + " and received_at >= ?",
                        sent.get("first"));
        List<Timestamp> backTimes = a.database()
                .queryForList(
                        "select received_at from exchange.inbound_packet where status_code = '01'"
                                + " and edxml_document_id in (select edxml_document_id from exchange.outbound_packet"
                                + " where outgoing_document_id = any(?::uuid[])) order by received_at",
                        Timestamp.class,
                        (Object) outgoing);
        int p10 = backTimes.size() / 10;
        int p90 = backTimes.size() * 9 / 10;
        Duration middle = Duration.between(
                backTimes.get(p10).toInstant(), backTimes.get(p90).toInstant());
        Instant first = instant(sent.get("first"));
        Duration delivery = Duration.between(first, instant(sent.get("last")));
        Duration endToEnd = Duration.between(first, instant(back.get("last")));
        System.out.printf(
                "%nExchange throughput: %d packets (%s documents × %d agencies), average packet %.0f bytes%n",
                packets, outgoing.length, packets / outgoing.length, ((Number) atB.get("size")).doubleValue());
        Map<String, Object> stored = a.database()
                .queryForMap(
                        "select avg(octet_length(payload)) as raw, avg(pg_column_size(payload)) as kept"
                                + " from exchange.outbound_packet where outgoing_document_id = any(?::uuid[])",
                        (Object) outgoing);
        System.out.printf(
                "  packets at A: %.0f bytes, %.0f as stored%n",
                ((Number) stored.get("raw")).doubleValue(), ((Number) stored.get("kept")).doubleValue());
        System.out.printf(
                "  issuing at A (B unreachable): %d ms, %.1f packets/s queued%n",
                issuing.toMillis(), rate(packets, issuing));
        System.out.printf(
                "  delivered A→B: %d ms, %.1f packets/s (max attempts %s)%n",
                delivery.toMillis(), rate(packets, delivery), sent.get("attempts"));
        System.out.printf(
                "  received at B: %d packets in %d ms%n",
                ((Number) atB.get("n")).longValue(),
                Duration.between(instant(atB.get("first")), instant(atB.get("last")))
                        .toMillis());
        System.out.printf(
                "  end to end (first delivery → last 01 back at A): %d ms, %.1f packets/s%n",
                endToEnd.toMillis(), rate(packets, endToEnd));
        System.out.printf(
                "  sustained (10th → 90th percentile of the 01s): %d packets in %d ms, %.1f packets/s%n",
                p90 - p10, middle.toMillis(), rate(p90 - p10, middle));
    }

    /**
     * A flight recording of both instances over the drain only ({@code -Dsen.bench.jfr=DIR}: {@code DIR/bench-a.jfr}
     * and {@code DIR/bench-b.jfr}), started and dumped with {@code jcmd} so that start-up and the warm-up stay out.
     */
    private record Recording(String directory, List<SenInstance> instances) {

        static Recording start(SenInstance... instances) {
            Recording recording = new Recording(System.getProperty("sen.bench.jfr", ""), List.of(instances));
            recording.each("JFR.start", "name=drain", System.getProperty("sen.bench.jfr-settings", "settings=profile"));
            return recording;
        }

        void dump() {
            each("JFR.dump", "name=drain", null);
        }

        private void each(String command, String name, @Nullable String settings) {
            if (directory.isEmpty()) {
                return;
            }
            for (SenInstance instance : instances) {
                List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(instance.pid()), command, name));
                line.add(settings != null ? settings : "filename=" + directory + "/" + instance.name() + ".jfr");
                try {
                    new ProcessBuilder(line).inheritIO().start().waitFor();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * The CPU time A, B and PostgreSQL (all its processes) used from the backlog's release to the last 01 back, from the
     * operating system's accounting: the cost per packet of each side, which the shares of a profile cannot give.
     */
    private record CpuUse(
            long a, long b, Duration aBefore, Duration bBefore, Map<Long, Duration> databaseBefore, long nanos) {

        static CpuUse start(SenInstance a, SenInstance b) {
            return new CpuUse(a.pid(), b.pid(), used(a.pid()), used(b.pid()), postgres(), System.nanoTime());
        }

        Used stop() {
            Duration wall = Duration.ofNanos(System.nanoTime() - nanos);
            Duration database = Duration.ZERO;
            for (Map.Entry<Long, Duration> now : postgres().entrySet()) {
                database =
                        database.plus(now.getValue().minus(databaseBefore.getOrDefault(now.getKey(), Duration.ZERO)));
            }
            return new Used(wall, used(a).minus(aBefore), used(b).minus(bBefore), database);
        }

        private static Duration used(long pid) {
            return ProcessHandle.of(pid)
                    .flatMap(p -> p.info().totalCpuDuration())
                    .orElse(Duration.ZERO);
        }

        private static Map<Long, Duration> postgres() {
            Map<Long, Duration> cpu = new LinkedHashMap<>();
            ProcessHandle.allProcesses()
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .forEach(p -> p.info().totalCpuDuration().ifPresent(d -> cpu.put(p.pid(), d)));
            return cpu;
        }

        record Used(Duration wall, Duration a, Duration b, Duration database) {
            void print(long packets) {
                System.out.printf(
                        "  CPU from the release to the last 01 (%d ms): A %d ms, B %d ms, PostgreSQL %d ms;"
                                + " per packet A %.2f ms, B %.2f ms, PostgreSQL %.2f ms, in all %.2f ms%n",
                        wall.toMillis(),
                        a.toMillis(),
                        b.toMillis(),
                        database.toMillis(),
                        perPacket(a, packets),
                        perPacket(b, packets),
                        perPacket(database, packets),
                        perPacket(a.plus(b).plus(database), packets));
            }

            private static double perPacket(Duration d, long packets) {
                return d.toNanos() / 1e6 / packets;
            }
        }
    }

    /**
     * The statements both instances ran over the drain, the costliest first ({@code -Dsen.bench.statements=true}:
     * PostgreSQL starts with {@code pg_stat_statements}).
     */
    private record Statements(@Nullable SenInstance a) {

        static Statements reset(SenInstance a) {
            if (!Boolean.getBoolean("sen.bench.statements")) {
                return new Statements(null);
            }
            a.database().execute("create extension if not exists pg_stat_statements");
            a.database().queryForList("select pg_stat_statements_reset()");
            return new Statements(a);
        }

        void print(long packets) {
            if (a == null) {
                return;
            }
            System.out.println("  statements over the drain (ms per packet: execution + planning; calls per packet):");
            a.database()
                    .queryForList("select d.datname, s.calls, s.total_exec_time + s.total_plan_time as ms, s.query"
                            + " from pg_stat_statements s join pg_database d on d.oid = s.dbid"
                            + " order by ms desc limit 30")
                    .forEach(row -> System.out.printf(
                            "    %-8s %6.3f ms %5.2f× %s%n",
                            row.get("datname"),
                            ((Number) row.get("ms")).doubleValue() / packets,
                            ((Number) row.get("calls")).doubleValue() / packets,
                            String.valueOf(row.get("query"))
                                    .replaceAll("\\s+", " ")
                                    .substring(
                                            0,
                                            Math.min(
                                                    160,
                                                    String.valueOf(row.get("query"))
                                                            .replaceAll("\\s+", " ")
                                                            .length()))));
        }
    }

    private static double rate(long count, Duration d) {
        return d.isZero() ? Double.NaN : count * 1000.0 / d.toMillis();
    }

    private static Instant instant(Object timestamp) {
        return ((Timestamp) timestamp).toInstant();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
