package vn.sen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.sen.exchange.PeerAgencyFixture.PeerAgency;

/**
 * Two real Sen installations on loopback, each in its own JVM with its own database: A (demo province, Sở KH&CN sends)
 * and B (demo data too, plus the peer agency {@value PeerAgencyFixture#CODE} that receives). Deliberately not a
 * {@code @SenIntegrationTest}: this JVM runs no Spring context, it drives both instances over HTTP only, and kills
 * them (SIGKILL) to check that nothing is lost.
 *
 * <p>Costs two starts and one restart (about 20 s each on two cores); the methods run in order on the same instances.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesIntegrationTests.class);
    private static final List<java.util.Map<String, Object>> TO_PEER =
            List.of(IssuingClerk.external(PeerAgencyFixture.CODE, PeerAgencyFixture.NAME));

    static @Nullable InstanceDatabases databases;
    static SenInstance a;
    static SenInstance b;
    static PeerAgency peer;
    static IssuingClerk issuing;

    @BeforeAll
    static void startBothInstances() {
        databases = InstanceDatabases.start();
        a = SenInstance.prepare("a", databases.create("sen_a"), true);
        b = SenInstance.prepare("b", databases.create("sen_b"), true);
        CompletableFuture<Duration> startingA = CompletableFuture.supplyAsync(a::start);
        Duration tookB = b.start();
        Duration tookA = startingA.join();
        log.info("Started side by side: A in {} ms, B in {} ms", tookA.toMillis(), tookB.toMillis());
        peer = PeerAgencyFixture.createAt(b);
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
    void documentsIssuedAtAToThePeerWaitQueued() {
        int count = 3;
        Instant begin = Instant.now();
        List<UUID> ids = issuing.issueMany(count, "Về việc phối hợp thẩm định kinh phí", TO_PEER);
        long perDocument = Duration.between(begin, Instant.now()).toMillis() / count;
        log.info("Issued {} documents at A, {} ms per document", count, perDocument);

        for (UUID id : ids) {
            JsonNode recipients = issuing.recipients(id);
            assertThat(recipients).hasSize(1);
            assertThat(recipients.get(0).get("kind").asString()).isEqualTo("EXTERNAL");
            assertThat(recipients.get(0).get("code").asString()).isEqualTo(PeerAgencyFixture.CODE);
            // TODO(lead): exchange flow — today nothing delivers, so the recipient stays QUEUED. Once the outbox and
            // delivery worker land: await the arrival at B (as PeerAgencyFixture.CLERK, the electronic arrivals of
            // H98.01 hold a document with this subject and A's edXML code 000.00.10.H99 as sender), then the
            // statuses coming back to A: 01 (đã đến) → RECEIVED, 03 (đã tiếp nhận, after B's clerk accepts) →
            // ACCEPTED on this recipient.
            assertThat(recipients.get(0).get("status").asString()).isEqualTo("QUEUED");
        }
    }

    @Test
    @Order(3)
    void thePeerKilledDuringAStreamComesBackWithItsData() {
        KillSchedule schedule = KillSchedule.random(2, 1);
        List<UUID> sent = streamWithKills(b, 2, schedule);

        assertThat(b.alive()).isTrue();
        String clerk = b.bearer(PeerAgencyFixture.CLERK);
        assertThat(b.api()
                        .get("/api/v1/agencies/resolve?code=" + PeerAgencyFixture.CODE, clerk)
                        .ok()
                        .text("/id"))
                .isEqualTo(peer.agencyId().toString());
        assertThat(permissions(b, b.bearer("admin"))).contains("ORG_AGENCY_MANAGE");
        for (UUID id : sent) {
            // TODO(lead): exchange flow — replace with assertDeliveredOnceWithStatuses(sent) below.
            assertThat(issuing.recipients(id).get(0).get("status").asString()).isEqualTo("QUEUED");
        }
    }

    @Test
    @Order(4)
    @Disabled("TODO(lead): exchange flow — enable when the outbox and delivery worker are on main")
    void twoHundredPacketsSurviveKillsOfTheReceiver() {
        List<UUID> sent = streamWithKills(b, 200, KillSchedule.random(200, 3));
        assertDeliveredOnceWithStatuses(sent);
    }

    @Test
    @Order(5)
    @Disabled("TODO(lead): exchange flow — enable when the outbox and delivery worker are on main")
    void twoHundredPacketsSurviveKillsOfTheSender() {
        List<UUID> sent = streamWithKills(a, 200, KillSchedule.random(200, 3));
        assertDeliveredOnceWithStatuses(sent);
    }

    /**
     * The fault test's skeleton: sends {@code streamSize} packets from A to the peer agency and kills {@code victim}
     * (SIGKILL) after the packets the schedule names. A killed receiver (B) restarts in the background while A goes
     * on sending, so packets are sent and retried while B is down; a killed sender (A) restarts before the stream goes
     * on, since the stream is sent through it. Each packet is one document issued at A (until the exchange flow
     * exists, a document issued to an EXTERNAL recipient is what becomes a packet).
     *
     * @return the ids of the documents sent, in order
     */
    private List<UUID> streamWithKills(SenInstance victim, int streamSize, KillSchedule schedule) {
        log.info(
                "Stream of {} packets, killing {} after packets {} (seed {}; replay with -Dsen.kill.seed={})",
                streamSize,
                victim.name(),
                schedule.afterPackets(),
                schedule.seed(),
                schedule.seed());
        List<UUID> sent = new ArrayList<>(streamSize);
        CompletableFuture<?> restarting = CompletableFuture.completedFuture(null);
        for (int packet = 1; packet <= streamSize; packet++) {
            // TODO(lead): exchange flow — or POST /api/v1/exchange/packets, if the stream should skip the review.
            JsonNode doc = issuing.issue("Về việc đối soát gói tin " + packet + "/" + streamSize, TO_PEER);
            sent.add(UUID.fromString(doc.get("id").asString()));
            if (schedule.killAfter(packet)) {
                restarting.join();
                victim.kill();
                log.info("Killed {} after packet {}", victim.name(), packet);
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
     * The end of a fault test: every packet arrived exactly once at B and every status came back to A.
     *
     * <p>TODO(lead): exchange flow — with a deadline (e.g. Awaitility, 5 min for 200 packets):
     *
     * <ul>
     *   <li>at B, as {@link PeerAgencyFixture#CLERK}: the electronic arrivals of H98.01 hold each subject of
     *       {@code sent} exactly once (no duplicate after a redelivery; compare by edXML DocumentId or subject);
     *   <li>at A, {@code GET /api/v1/outgoing-documents/{id}/recipients}: the H98.01 recipient of each document is
     *       RECEIVED (status 01) — ACCEPTED (03) once B's clerk accepts them;
     *   <li>neither instance's log holds an ERROR about a lost or duplicated packet.
     * </ul>
     */
    private void assertDeliveredOnceWithStatuses(List<UUID> sent) {
        assertThat(sent).doesNotHaveDuplicates();
        throw new UnsupportedOperationException("TODO(lead): exchange flow");
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
