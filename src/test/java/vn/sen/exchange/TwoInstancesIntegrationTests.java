package vn.sen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.sen.exchange.Interconnection.Agency;
import vn.sen.exchange.PeerAgencyFixture.PeerAgency;

/**
 * Two real Sen installations on loopback, each in its own JVM with its own database: A (demo province; its Sở KH&CN
 * issues) and B (demo data too, plus five agencies of the province Sen Trắng that receive). Each routes the other's
 * agencies over HTTP in its directory, with the other's exchange certificates pinned. Deliberately not a
 * {@code @SenIntegrationTest}: this JVM runs no Spring context; it drives both instances over HTTP, looks into their
 * databases, and kills them (SIGKILL) to check that nothing is lost or doubled.
 *
 * <p>Costs two starts and six restarts (15–25 s each on two cores) and 80 issued documents; the methods run in order on
 * the same instances.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesIntegrationTests.class);
    private static final Agency SKHCN_AT_A =
            new Agency("H99.10", "000.00.10.H99", "Sở Khoa học và Công nghệ (Sen Hồng)");
    /** The recipients at B: the peer agency with its clerk and leader, and four more that only receive. */
    private static final List<Agency> AT_B = List.of(
            new Agency(PeerAgencyFixture.CODE, PeerAgencyFixture.EDXML_CODE, PeerAgencyFixture.NAME),
            new Agency("H98.02", "000.00.02.H98", "Sở Nội vụ tỉnh Sen Trắng"),
            new Agency("H98.03", "000.00.03.H98", "Sở Xây dựng tỉnh Sen Trắng"),
            new Agency("H98.04", "000.00.04.H98", "Sở Y tế tỉnh Sen Trắng"),
            new Agency("H98.05", "000.00.05.H98", "Sở Giáo dục và Đào tạo tỉnh Sen Trắng"));

    private static final List<Map<String, Object>> TO_PEER =
            List.of(IssuingClerk.external(PeerAgencyFixture.CODE, PeerAgencyFixture.NAME));
    private static final List<Map<String, Object>> TO_ALL_OF_B = AT_B.stream()
            .map(agency -> IssuingClerk.external(agency.code(), agency.name()))
            .toList();
    /** A stream of 200 packets: 40 documents, each to the five agencies at B. */
    private static final int STREAM_DOCUMENTS = 40;

    private static final Duration DELIVERY = Duration.ofMinutes(5);
    private static final Set<String> RECEIVED_OR_LATER = Set.of("RECEIVED", "ACCEPTED", "ASSIGNED", "PROCESSING");

    static @Nullable InstanceDatabases databases;
    static SenInstance a;
    static SenInstance b;
    static PeerAgency peer;
    static IssuingClerk issuing;

    @BeforeAll
    static void startAndConnectBothInstances() {
        databases = InstanceDatabases.start();
        a = SenInstance.prepare("a", databases.create("sen_a"), true);
        b = SenInstance.prepare("b", databases.create("sen_b"), true);
        CompletableFuture<Duration> startingA = CompletableFuture.supplyAsync(a::start);
        Duration tookB = b.start();
        Duration tookA = startingA.join();
        log.info("Started side by side: A in {} ms, B in {} ms", tookA.toMillis(), tookB.toMillis());
        peer = PeerAgencyFixture.createAt(b);
        for (Agency other : AT_B.subList(1, AT_B.size())) {
            PeerAgencyFixture.agencyAt(b, other.code(), other.name());
        }
        Interconnection.route(a, b, AT_B);
        // B has a Sở KH&CN H99.10 of its own (demo data): the explicit entry wins over it.
        Interconnection.route(b, a, List.of(SKHCN_AT_A));
        issuing = new IssuingClerk(a);
    }

    @AfterAll
    static void stopAll() {
        for (SenInstance instance : new SenInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    @Order(1)
    void thePeerAgencyIsLocalAtBAndExternalAtA() {
        String clerk = b.bearer(PeerAgencyFixture.CLERK);
        JsonNode atB = b.api()
                .get("/api/v1/agencies/resolve?code=" + PeerAgencyFixture.EDXML_CODE, clerk)
                .ok()
                .json();
        assertThat(atB.get("id").asString()).isEqualTo(peer.agencyId().toString());
        assertThat(atB.get("edxmlCode").asString()).isEqualTo(PeerAgencyFixture.EDXML_CODE);
        assertThat(permissions(b, clerk)).contains("DOC_REGISTER").doesNotContain("DOC_ASSIGN");
        assertThat(permissions(b, b.bearer(PeerAgencyFixture.LEADER))).contains("DOC_ASSIGN");

        assertThat(a.api()
                        .get("/api/v1/agencies/resolve?code=" + PeerAgencyFixture.CODE, a.bearer("vanthu"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void aDocumentIssuedAtAArrivesAtBAndItsStatusesComeBack() {
        String subject = "Về việc phối hợp thẩm định kinh phí chuyển đổi số " + UUID.randomUUID();
        UUID id = UUID.fromString(issuing.issue(subject, TO_PEER).get("id").asString());

        // Delivered, taken in by B's software, and the 01 (đã đến) is back at A, in B's answer to the packet.
        awaitStatus(id, "RECEIVED");
        String documentId = a.database()
                .queryForObject(
                        "select edxml_document_id from exchange.outbound_packet where outgoing_document_id = ?",
                        String.class,
                        id);
        assertThat(b.database()
                        .queryForObject(
                                "select sent_in_receipt from exchange.outbound_packet where status_code = '01'"
                                        + " and edxml_document_id = ?",
                                Boolean.class,
                                documentId))
                .isTrue();
        String clerk = b.bearer(PeerAgencyFixture.CLERK);
        JsonNode arrival = arrivalAtB(clerk, subject);
        assertThat(arrival.get("organName").asString()).startsWith("Sở Khoa học và Công nghệ");
        assertThat(arrival.get("state").asString()).isEqualTo("WAITING");

        // B's clerk registers it: the 03 (tiếp nhận, vào sổ) with the arrival number comes back to A.
        JsonNode accepted = b.api()
                .post("/api/v1/electronic-arrivals/" + arrival.get("id").asString() + "/accept", clerk, Map.of())
                .ok()
                .json();
        int arrivalNumber = accepted.get("arrivalNumber").asInt();
        JsonNode recipient = awaitStatus(id, "ACCEPTED");
        assertThat(recipient.toString()).contains("số đến " + arrivalNumber);
        // Later statuses travel as packets of their own.
        assertThat(b.database()
                        .queryForObject(
                                "select sent_in_receipt from exchange.outbound_packet where status_code = '03'"
                                        + " and edxml_document_id = ?",
                                Boolean.class,
                                documentId))
                .isFalse();
    }

    @Test
    @Order(3)
    void twoHundredPacketsSurviveKillsOfTheReceiver() {
        List<UUID> sent = streamWithKills(b, "B", KillSchedule.random(STREAM_DOCUMENTS, 3));
        assertDeliveredOnceWithStatuses(sent);
    }

    @Test
    @Order(4)
    void twoHundredPacketsSurviveKillsOfTheSender() {
        List<UUID> sent = streamWithKills(a, "A", KillSchedule.random(STREAM_DOCUMENTS, 3));
        assertDeliveredOnceWithStatuses(sent);
    }

    /**
     * Issues {@link #STREAM_DOCUMENTS} documents at A, each to the five agencies at B (one packet each), and kills
     * {@code victim} (SIGKILL) after the documents the schedule names, while packets and statuses are travelling. A
     * killed receiver (B) restarts in the background while A goes on issuing, so packets are sent and retried while B
     * is down; a killed sender (A) restarts before the stream goes on, since the stream is issued through it.
     *
     * @return the ids of the documents issued, in order
     */
    private List<UUID> streamWithKills(SenInstance victim, String tag, KillSchedule schedule) {
        log.info(
                "Stream of {} packets, killing {} after documents {} (seed {}; replay with -Dsen.kill.seed={})",
                STREAM_DOCUMENTS * AT_B.size(),
                victim.name(),
                schedule.afterPackets(),
                schedule.seed(),
                schedule.seed());
        List<UUID> sent = new ArrayList<>(STREAM_DOCUMENTS);
        CompletableFuture<?> restarting = CompletableFuture.completedFuture(null);
        for (int n = 1; n <= STREAM_DOCUMENTS; n++) {
            String subject = "Về việc đối soát gói tin " + tag + " " + n + "/" + STREAM_DOCUMENTS;
            sent.add(UUID.fromString(
                    issuing.issue(subject, TO_ALL_OF_B).get("id").asString()));
            if (schedule.killAfter(n)) {
                restarting.join();
                victim.kill();
                log.info("Killed {} after document {}", victim.name(), n);
                if (victim == a) {
                    victim.restart();
                } else {
                    restarting = CompletableFuture.runAsync(victim::restart);
                }
            }
        }
        restarting.join();
        return sent;
    }

    /**
     * Every packet arrived exactly once at B (one electronic arrival per document and recipient agency, one inbound
     * packet each), every 01 came back to A (each recipient RECEIVED, one inbound status packet each), and A's outbox
     * holds nothing unsent for these documents.
     */
    private void assertDeliveredOnceWithStatuses(List<UUID> sent) {
        assertThat(sent).doesNotHaveDuplicates();
        List<String> documentIds = a.database()
                .queryForList(
                        "select distinct edxml_document_id from exchange.outbound_packet"
                                + " where kind = 'DOCUMENT' and outgoing_document_id = any(?::uuid[])",
                        String.class,
                        (Object) sent.stream().map(UUID::toString).toArray(String[]::new));
        assertThat(documentIds).hasSize(sent.size());
        String[] ids = documentIds.toArray(String[]::new);
        int packets = sent.size() * AT_B.size();

        await().atMost(DELIVERY).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(count(
                            a,
                            "select count(*) from exchange.outbound_packet where kind = 'DOCUMENT'"
                                    + " and state = 'SENT' and edxml_document_id = any(?)",
                            ids))
                    .isEqualTo(packets);
            assertThat(count(
                            a,
                            "select count(*) from exchange.inbound_packet where status_code = '01'"
                                    + " and edxml_document_id = any(?)",
                            ids))
                    .isEqualTo(packets);
        });
        assertThat(count(
                        a,
                        "select count(*) from exchange.outbound_packet where edxml_document_id = any(?)"
                                + " and state <> 'SENT'",
                        ids))
                .isZero();
        assertThat(count(b, "select count(*) from exchange.inbound_packet where edxml_document_id = any(?)", ids))
                .isEqualTo(packets);
        assertThat(count(b, "select count(*) from exchange.received_document where edxml_document_id = any(?)", ids))
                .isEqualTo(packets);
        assertThat(count(
                        b,
                        "select count(distinct (e.recipient_agency_id, e.sender_key)) from document.electronic_arrival e"
                                + " join exchange.received_document r on r.arrival_id = e.id"
                                + " where r.edxml_document_id = any(?)",
                        ids))
                .isEqualTo(packets);
        for (UUID id : sent) {
            JsonNode recipients = issuing.recipients(id);
            assertThat(recipients).hasSize(AT_B.size());
            recipients.forEach(r -> assertThat(r.get("status").asString())
                    .as(id + " → " + r.get("code").asString())
                    .isIn(RECEIVED_OR_LATER));
        }
    }

    private static long count(SenInstance instance, String sql, String[] ids) {
        Long n = instance.database().queryForObject(sql, Long.class, (Object) ids);
        return n == null ? 0 : n;
    }

    private static JsonNode awaitStatus(UUID id, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    found[0] = issuing.recipients(id).get(0);
                    return found[0].get("status").asString().equals(status);
                });
        return found[0];
    }

    private static JsonNode arrivalAtB(String clerk, String subject) {
        JsonNode page = b.api().get("/api/v1/electronic-arrivals", clerk).ok().json();
        JsonNode items = page.has("items") ? page.get("items") : page;
        for (JsonNode item : items) {
            if (subject.equals(item.get("subject").asString())) {
                return item;
            }
        }
        throw new AssertionError("no electronic arrival '" + subject + "' at B: " + page);
    }

    private static List<String> permissions(SenInstance instance, String bearer) {
        List<String> names = new ArrayList<>();
        instance.api()
                .get("/api/v1/auth/me", bearer)
                .ok()
                .json()
                .get("permissions")
                .forEach(p -> names.add(p.asString()));
        return names;
    }
}
