package vn.sen.exchange;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import vn.sen.exchange.Interconnection.Agency;

/**
 * End-to-end exchange throughput between two real installations on this machine (issue 6): how many document packets
 * per second A delivers to B and gets the 01 (đã đến) back for, sustained over a backlog.
 *
 * <p>The scenario: A and B start (demo data; B gets {@code sen.bench.agencies} receiving agencies, each routed from A
 * over HTTP with its certificate pinned, and routes A's Sở KH&CN back). With B stopped, A's clerks issue
 * {@code sen.bench.documents} documents, each to every agency of B: the packets (one per recipient, the signed
 * decision of about 60 KB and its agency signature inside) wait in A's outbox. A stops; B starts; A starts, and its
 * couriers find the whole backlog due at once. The figures come from the two databases' own timestamps: from the
 * first packet A delivered to the last 01 A received (everything: A's courier and HTTP, B's reception, storage,
 * electronic arrivals and its 01, B's courier, A's reception of the 01 and the recipient's status).
 *
 * <p>Children run the server JVM ({@code -Dsen.instance.production-jvm=true}); a profiler can be added with
 * {@code -Dsen.instance.jvm-extra=-XX:StartFlightRecording=filename=/tmp/{name}.jfr} (the recording of each child's
 * last start, written when the scenario stops them).
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dsen.instance.production-jvm=true -Dsen.bench.agencies=50 -Dsen.bench.documents=40 -cp %classpath vn.sen.exchange.ExchangeThroughputBenchmark"
 * </pre>
 */
public final class ExchangeThroughputBenchmark {

    private static final Agency SKHCN_AT_A =
            new Agency("H99.10", "000.00.10.H99", "Sở Khoa học và Công nghệ (Sen Hồng)");

    private ExchangeThroughputBenchmark() {}

    public static void main(String[] args) {
        int agencies = Integer.getInteger("sen.bench.agencies", 50);
        int documents = Integer.getInteger("sen.bench.documents", 40);
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

            b.stop();
            IssuingClerk clerk = new IssuingClerk(a);
            Instant issuingFrom = Instant.now();
            List<UUID> ids = new ArrayList<>();
            for (int d = 1; d <= documents; d++) {
                ids.add(UUID.fromString(clerk.issue("Thử tải liên thông " + d + "/" + documents, recipients)
                        .get("id")
                        .asString()));
            }
            Duration issuing = Duration.between(issuingFrom, Instant.now());
            a.stop();
            b.start();
            a.start();

            long packets = (long) documents * agencies;
            String[] outgoing = ids.stream().map(UUID::toString).toArray(String[]::new);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
            while (statusesBack(a, outgoing) < packets) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("only " + statusesBack(a, outgoing) + " of " + packets + " statuses back");
                }
                sleep();
            }
            report(a, b, outgoing, packets, issuing);
            // Gracefully, so that a profiler given through sen.instance.jvm-extra writes its recording.
            a.stop();
            b.stop();
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
                .queryForMap("select min(received_at) as first, max(received_at) as last, count(*) as n,"
                        + " avg(size) as size from exchange.inbound_packet where kind = 'DOCUMENT'");
        Instant first = instant(sent.get("first"));
        Duration delivery = Duration.between(first, instant(sent.get("last")));
        Duration endToEnd = Duration.between(first, instant(back.get("last")));
        System.out.printf(
                "%nExchange throughput: %d packets (%s documents × %d agencies), average packet %.0f bytes%n",
                packets, outgoing.length, packets / outgoing.length, ((Number) atB.get("size")).doubleValue());
        System.out.printf(
                "  issuing at A (B down): %d ms, %.1f packets/s queued%n", issuing.toMillis(), rate(packets, issuing));
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
