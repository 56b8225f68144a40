package vn.sen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.document.outgoing.ExternalIssues;
import vn.sen.exchange.edxml.Attachment;
import vn.sen.exchange.edxml.BusinessDocType;
import vn.sen.exchange.edxml.DocumentPacket;
import vn.sen.exchange.edxml.EdxmlCodec;
import vn.sen.exchange.edxml.Organ;
import vn.sen.exchange.edxml.ReadPacket;
import vn.sen.exchange.edxml.ResponseFor;
import vn.sen.exchange.edxml.StaffInfo;
import vn.sen.exchange.edxml.StatusCode;
import vn.sen.exchange.edxml.StatusPacket;
import vn.sen.files.FileStore;
import vn.sen.signing.SampleLetters;

/**
 * The exchange between this installation and another vendor's ({@link PeerInstallation}, an HTTP endpoint with a key
 * of its own, pinned in the directory): documents issued here reach it signed and come back with statuses; documents
 * it sends become electronic arrivals here, answered with statuses as they move; revocations act on the copy; bad
 * packets are refused with their codes.
 */
@SenIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeFlowIntegrationTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SKHCN = "000.00.10.H99";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ApplicationContext context;

    @Autowired
    EdxmlCodec codec;

    @Autowired
    FileStore files;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    PeerInstallation peer;
    String peerCode;
    String peerOrganId;

    @BeforeAll
    void peer() throws IOException {
        int n = 10 + (int) (System.nanoTime() % 80);
        peerCode = "H97." + n;
        peerOrganId = "000.00." + n + ".H97";
        peer = new PeerInstallation(codec, "Sở Tài chính tỉnh Láng Giềng " + n);
        new DirectoryFixture(context)
                .http(peerCode, peerOrganId, "Sở Tài chính tỉnh Láng Giềng", peer.endpoint(), peer.certificatePem());
    }

    @AfterAll
    void stop() {
        peer.close();
    }

    @Test
    void anIssuedDocumentReachesThePeerSignedAndItsStatusesComeBack() throws Exception {
        ExternalIssues issues = new ExternalIssues(context);
        UUID doc = issues.issue(
                "Quyết định phê duyệt kế hoạch chuyển đổi số " + UUID.randomUUID(),
                List.of(new ExternalIssues.ExternalAgency(peerCode, "Sở Tài chính tỉnh Láng Giềng")));

        ReadPacket got = peer.next(WAIT);
        DocumentPacket packet = (DocumentPacket) got.packet();
        assertThat(packet.businessDocType()).isEqualTo(BusinessDocType.NEW);
        assertThat(packet.from().organId()).isEqualTo(SKHCN);
        assertThat(packet.to()).extracting(Organ::organId).containsExactly(peerOrganId);
        assertThat(packet.codeNumber() + "/" + packet.codeNotation()).isEqualTo(issues.numberNotation(doc));
        assertThat(packet.documentId()).isEqualTo(SKHCN + "," + today() + "," + issues.numberNotation(doc));
        assertThat(packet.typeName()).isEqualTo("Quyết định");
        assertThat(packet.priority()).isEqualTo(1);
        try (InputStream signed = files.open(issues.signedFileId(doc))) {
            assertThat(packet.attachments().get(0).content()).isEqualTo(signed.readAllBytes());
        }
        assertThat(got.digestAlgorithm()).contains("sha256");
        await().atMost(WAIT).until(() -> issues.deliveries(doc).get(0).status().equals("SENT"));

        // The peer answers 01 then 03; the same 03 again is a duplicate and changes nothing.
        assertThat(post(peer.sign(status(packet, StatusCode.RECEIVED, "Đã đến", 0)))
                        .statusCode())
                .isEqualTo(200);
        byte[] accepted = peer.sign(status(packet, StatusCode.ACCEPTED, "Vào sổ văn bản đến, số đến 17", 1));
        assertThat(post(accepted).body()).contains("\"ACCEPTED\"");
        assertThat(post(accepted).body()).contains("\"DUPLICATE\"");
        ExternalIssues.Delivery delivery = issues.deliveries(doc).get(0);
        assertThat(delivery.status()).isEqualTo("ACCEPTED");
        assertThat(delivery.reason()).contains("số đến 17");
        assertThat(delivery.history()).containsExactly("QUEUED", "SENT", "RECEIVED", "ACCEPTED");

        // Revoked here: the peer gets a revocation packet naming the document.
        issues.revoke(doc, "Sai căn cứ pháp lý");
        DocumentPacket revocation = (DocumentPacket) peer.next(WAIT).packet();
        assertThat(revocation.businessDocType()).isEqualTo(BusinessDocType.REVOCATION);
        assertThat(revocation.responseFor()).isNotNull();
        assertThat(revocation.responseFor().documentId()).isEqualTo(packet.documentId());
        assertThat(revocation.businessDocReason()).isEqualTo("Sai căn cứ pháp lý");
    }

    @Test
    void aPeerThatIsDownGetsThePacketWhenItComesBack() throws Exception {
        peer.failNext(2);
        int before = peer.requests();
        ExternalIssues issues = new ExternalIssues(context);
        UUID doc = issues.issue(
                "Công văn về việc báo cáo số liệu " + UUID.randomUUID(),
                List.of(new ExternalIssues.ExternalAgency(peerCode, "Sở Tài chính tỉnh Láng Giềng")));
        DocumentPacket packet = (DocumentPacket) peer.next(WAIT).packet();
        assertThat(packet.subject()).startsWith("Công văn về việc báo cáo số liệu");
        assertThat(peer.requests() - before).isEqualTo(3);
        await().atMost(WAIT).until(() -> issues.deliveries(doc).get(0).status().equals("SENT"));
    }

    private static String today() {
        return LocalDate.now(VN).format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd"));
    }

    private StatusPacket status(DocumentPacket about, StatusCode code, String description, int secondsLater) {
        return new StatusPacket(
                Organ.of(peerOrganId, "Sở Tài chính tỉnh Láng Giềng"),
                new ResponseFor(
                        about.from().organId(),
                        about.codeNumber() + "/" + about.codeNotation(),
                        about.promulgationDate(),
                        about.documentId()),
                new StaffInfo("Văn phòng", "Văn thư", null, null),
                code,
                description,
                LocalDateTime.now(VN).withNano(0).plusSeconds(secondsLater));
    }

    HttpResponse<String> post(byte[] edxml) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exchange/packets"))
                                .header("Content-Type", "application/xml")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(edxml))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Attachment pdf(String name, String signer) {
        return new Attachment("cid:1", name, "Văn bản", "application/pdf", SampleLetters.decision(signer));
    }

    static String bearer(MockMvcTester mvc, String username) {
        return ApiClient.bearer(mvc, username);
    }
}
