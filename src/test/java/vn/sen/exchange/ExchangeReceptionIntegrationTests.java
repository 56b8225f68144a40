package vn.sen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.sen.ApiClient;
import vn.sen.RecordCopies;
import vn.sen.SenIntegrationTest;
import vn.sen.exchange.edxml.Attachment;
import vn.sen.exchange.edxml.BusinessDocType;
import vn.sen.exchange.edxml.DocumentPacket;
import vn.sen.exchange.edxml.EdxmlCodec;
import vn.sen.exchange.edxml.Organ;
import vn.sen.exchange.edxml.PacketKey;
import vn.sen.exchange.edxml.ResponseFor;
import vn.sen.exchange.edxml.StaffInfo;
import vn.sen.exchange.edxml.StatusCode;
import vn.sen.exchange.edxml.StatusPacket;
import vn.sen.signing.SampleLetters;
import vn.sen.signing.TestPki;

/**
 * Documents another installation sends to the Department of Science and Technology: each becomes an electronic
 * arrival once, is answered 01 at once, 03 when the clerk takes it in and 02 when the clerk returns it; a revocation
 * withdraws it from the work lists; bad packets are refused with their codes and lose nothing.
 */
@SenIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeReceptionIntegrationTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SKHCN = "000.00.10.H99";
    private static final String SNV = "000.00.11.H99";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ApplicationContext context;

    @Autowired
    EdxmlCodec codec;

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
        peerCode = "H96." + n;
        peerOrganId = "000.00." + n + ".H96";
        peer = new PeerInstallation(codec, "Sở Xây dựng tỉnh Láng Giềng " + n);
        new DirectoryFixture(context)
                .http(peerCode, peerOrganId, "Sở Xây dựng tỉnh Láng Giềng", peer.endpoint(), peer.certificatePem());
    }

    @AfterAll
    void stop() {
        peer.close();
    }

    @Test
    void aDocumentArrivesOnceIsAnsweredAndCanBeRevoked() throws Exception {
        DocumentPacket sent = document("Công văn đề nghị phối hợp " + UUID.randomUUID(), "12", SKHCN);
        byte[] signed = peer.sign(sent);
        HttpResponse<String> first = post(signed);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"ACCEPTED\"");
        assertThat(post(signed).body()).contains("\"DUPLICATE\"");
        assertThat(arrivals(sent)).isEqualTo(1);

        StatusPacket received = (StatusPacket) peer.next(WAIT).packet();
        assertThat(received.statusCode()).isEqualTo(StatusCode.RECEIVED);
        assertThat(received.from().organId()).isEqualTo(SKHCN);
        assertThat(received.responseFor().documentId()).isEqualTo(sent.documentId());

        UUID arrival = arrivalId(sent);
        String clerk = ApiClient.bearer(mvc, "vanthu");
        var accepted = mvc.post()
                .uri("/api/v1/electronic-arrivals/{id}/accept", arrival)
                .header("Authorization", clerk)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(accepted).hasStatusOk();
        Integer arrivalNumber = ApiClient.read(accepted, "$.arrivalNumber");
        StatusPacket registered = (StatusPacket) peer.next(WAIT).packet();
        assertThat(registered.statusCode()).isEqualTo(StatusCode.ACCEPTED);
        assertThat(registered.description()).contains("số đến " + arrivalNumber);

        // The sender revokes it: the incoming document leaves the work lists, keeps its record, and the sender hears
        // so.
        byte[] revocation = peer.sign(revocation(sent, "Văn bản ban hành sai thẩm quyền"));
        assertThat(post(revocation).statusCode()).isEqualTo(200);
        UUID incoming = jdbc.queryForObject(
                "select incoming_document_id from document.electronic_arrival where id = ?", UUID.class, arrival);
        assertThat(jdbc.queryForObject(
                        "select status from document.incoming_document where id = ?", String.class, incoming))
                .isEqualTo("REVOKED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from document.assignment where document_id = ? and state = 'OPEN'",
                        Integer.class,
                        incoming))
                .isZero();
        StatusPacket given = (StatusPacket) peer.next(WAIT).packet();
        assertThat(given.statusCode()).isEqualTo(StatusCode.CHANGE_ACCEPTED);
    }

    @Test
    void aSenderThatAsksForReceiptsGetsTheO1InTheAnswerAgainForADuplicate() throws Exception {
        DocumentPacket sent = document("Công văn xin ý kiến dự thảo " + UUID.randomUUID(), "14", SKHCN);
        byte[] signed = peer.sign(sent);

        HttpResponse<String> first = post(signed, "01");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        List<String> statuses = JsonPath.read(first.body(), "$.statuses");
        assertThat(statuses).hasSize(1);
        StatusPacket received = (StatusPacket)
                codec.read(Base64.getDecoder().decode(statuses.get(0))).packet();
        assertThat(received.statusCode()).isEqualTo(StatusCode.RECEIVED);
        assertThat(received.responseFor().documentId()).isEqualTo(sent.documentId());
        // Sent in the answer: the courier does not post it as well.
        assertThat(jdbc.queryForList(
                        "select state || ' ' || sent_in_receipt from exchange.outbound_packet"
                                + " where edxml_document_id = ? and kind = 'STATUS'",
                        String.class,
                        sent.documentId()))
                .containsExactly("SENT true");

        HttpResponse<String> again = post(signed, "01");
        assertThat(again.body()).contains("\"DUPLICATE\"");
        List<String> statusesAgain = JsonPath.read(again.body(), "$.statuses");
        assertThat(statusesAgain).containsExactlyElementsOf(statuses);
        assertThat(post(signed).body()).doesNotContain("statuses");
        assertThat(arrivals(sent)).isEqualTo(1);
    }

    @Test
    void oneDocumentForTwoAgenciesHereTravelsInTwoPacketsAndIsRevokedPerAgency() throws Exception {
        DocumentPacket toScience = document("Công văn gửi nhiều nơi " + UUID.randomUUID(), "17", SKHCN);
        DocumentPacket toHomeAffairs = RecordCopies.with(toScience, "to", List.of(Organ.of(SNV, "Sở Nội vụ")));
        assertThat(post(peer.sign(toScience)).body()).contains("\"ACCEPTED\"");
        assertThat(post(peer.sign(toHomeAffairs)).body()).contains("\"ACCEPTED\"");
        assertThat(post(peer.sign(toHomeAffairs)).body()).contains("\"DUPLICATE\"");
        assertThat(arrivals(toScience)).isEqualTo(2);
        assertThat(((StatusPacket) peer.next(WAIT).packet()).statusCode()).isEqualTo(StatusCode.RECEIVED);
        assertThat(((StatusPacket) peer.next(WAIT).packet()).statusCode()).isEqualTo(StatusCode.RECEIVED);

        // Revoked for Sở Nội vụ only: Sở KH&CN's copy still waits for its clerk.
        DocumentPacket revocation =
                RecordCopies.with(revocation(toScience, "Gửi nhầm"), "to", List.of(Organ.of(SNV, "Sở Nội vụ")));
        assertThat(post(peer.sign(revocation)).statusCode()).isEqualTo(200);
        assertThat(((StatusPacket) peer.next(WAIT).packet()).statusCode()).isEqualTo(StatusCode.CHANGE_ACCEPTED);
        assertThat(jdbc.queryForList(
                        "select state from document.electronic_arrival where sender_key = ? order by state",
                        String.class,
                        "edxml:" + toScience.documentId()))
                .containsExactly("WAITING", "WITHDRAWN");
    }

    @Test
    void aVeryLongListOfPlacesIsKeptCutRatherThanRefused() throws Exception {
        String places = String.join(
                "; ",
                java.util.stream.IntStream.rangeClosed(1, 90)
                        .mapToObj(i -> "Ủy ban nhân dân xã Thử Nghiệm số " + i + " huyện Láng Giềng")
                        .toList());
        DocumentPacket sent =
                RecordCopies.with(document("Gửi các xã " + UUID.randomUUID(), "18", SKHCN), "toPlaces", places);
        assertThat(places).hasSizeGreaterThan(4000);

        assertThat(post(peer.sign(sent)).body()).contains("\"ACCEPTED\"");
        assertThat(((StatusPacket) peer.next(WAIT).packet()).statusCode()).isEqualTo(StatusCode.RECEIVED);
        String kept = jdbc.queryForObject(
                "select to_places from document.electronic_arrival where sender_key = ?",
                String.class,
                "edxml:" + sent.documentId());
        assertThat(kept)
                .hasSize(4000)
                .startsWith("Ủy ban nhân dân xã Thử Nghiệm số 1 ")
                .endsWith("…");
    }

    @Test
    void aReturnedDocumentIsAnsweredWithTheReason() throws Exception {
        DocumentPacket sent = document("Giấy mời họp " + UUID.randomUUID(), "13", SKHCN);
        assertThat(post(peer.sign(sent)).statusCode()).isEqualTo(200);
        assertThat(((StatusPacket) peer.next(WAIT).packet()).statusCode()).isEqualTo(StatusCode.RECEIVED);
        var returned = mvc.post()
                .uri("/api/v1/electronic-arrivals/{id}/return", arrivalId(sent))
                .header("Authorization", ApiClient.bearer(mvc, "vanthu"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Gửi nhầm cơ quan\"}")
                .exchange();
        assertThat(returned).hasStatusOk();
        StatusPacket rejected = (StatusPacket) peer.next(WAIT).packet();
        assertThat(rejected.statusCode()).isEqualTo(StatusCode.REJECTED);
        assertThat(rejected.description()).contains("Gửi nhầm cơ quan");
    }

    @Test
    void badPacketsAreRefusedWithTheirCodesAndNothingIsStored() throws Exception {
        // Signed by a key nobody pinned.
        TestPki.Issued stranger = TestPki.create().issue(TestPki.Subject.agency("Kẻ mạo danh"));
        DocumentPacket forged = document("Mạo danh " + UUID.randomUUID(), "14", SKHCN);
        byte[] forgedBytes = codec.write(forged, new PacketKey(stranger.privateKey(), List.of(stranger.certificate())));
        assertRefused(post(forgedBytes), 403, "EXCHANGE_SIGNER_UNTRUSTED");
        assertThat(arrivals(forged)).isZero();

        // An external entity.
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&x;</edXML>";
        assertRefused(post(xxe.getBytes(StandardCharsets.UTF_8)), 400, "EDXML_DOCTYPE_FORBIDDEN");

        // Addressed to nobody here.
        DocumentPacket stray = document("Không phải gửi cho chúng tôi " + UUID.randomUUID(), "15", "000.00.77.H95");
        assertRefused(post(peer.sign(stray)), 400, "EXCHANGE_RECIPIENT_UNKNOWN");
        assertThat(arrivals(stray)).isZero();

        // A metadata rule broken (the notation is far too long): refused, and the sender told why (02).
        DocumentPacket bad = RecordCopies.with(
                document("Ký hiệu sai " + UUID.randomUUID(), "16", SKHCN), "codeNotation", "X".repeat(300));
        assertRefused(post(peer.sign(bad)), 400, "EXCHANGE_METADATA_INVALID");
        assertThat(arrivals(bad)).isZero();
        StatusPacket answer = (StatusPacket) peer.next(WAIT).packet();
        assertThat(answer.statusCode()).isEqualTo(StatusCode.REJECTED);
        assertThat(answer.responseFor().documentId()).isEqualTo(bad.documentId());
        assertThat(answer.description()).contains("Ký hiệu: Tối đa 30 ký tự");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }

    private int arrivals(DocumentPacket p) {
        Integer n = jdbc.queryForObject(
                "select count(*) from document.electronic_arrival where sender_key = ?",
                Integer.class,
                "edxml:" + p.documentId());
        return n == null ? 0 : n;
    }

    private UUID arrivalId(DocumentPacket p) {
        await().atMost(WAIT).until(() -> arrivals(p) == 1);
        return jdbc.queryForObject(
                "select id from document.electronic_arrival where sender_key = ?",
                UUID.class,
                "edxml:" + p.documentId());
    }

    private DocumentPacket document(String subject, String number, String to) {
        LocalDate today = LocalDate.now(VN);
        String notation = "SXD-VP" + Math.abs(subject.hashCode() % 1000);
        return new DocumentPacket(
                Organ.of(peerOrganId, "Sở Xây dựng tỉnh Láng Giềng"),
                List.of(Organ.of(to, "Sở Khoa học và Công nghệ")),
                peerOrganId + "," + today.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")) + ","
                        + number + "/" + notation,
                number,
                notation,
                "Láng Giềng",
                today,
                28,
                0,
                "Công văn",
                subject,
                null,
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Trần Văn Bình",
                null,
                0,
                1,
                "Sở Khoa học và Công nghệ",
                null,
                LocalDateTime.now(VN).withNano(0),
                BusinessDocType.NEW,
                "Văn bản điện tử mới",
                new StaffInfo("Văn phòng", "Văn thư", null, null),
                null,
                List.of(),
                List.of(new Attachment(
                        "cid:1",
                        "cong-van.pdf",
                        "Văn bản",
                        "application/pdf",
                        SampleLetters.decision("Trần Văn Bình"))));
    }

    private DocumentPacket revocation(DocumentPacket d, String reason) {
        return new DocumentPacket(
                d.from(),
                d.to(),
                d.documentId(),
                d.codeNumber(),
                d.codeNotation(),
                d.place(),
                d.promulgationDate(),
                d.typeCode(),
                d.typeDetail(),
                d.typeName(),
                d.subject(),
                null,
                d.signerCompetence(),
                d.signerPosition(),
                d.signerFullName(),
                null,
                0,
                null,
                null,
                new ResponseFor(
                        d.from().organId(),
                        d.codeNumber() + "/" + d.codeNotation(),
                        d.promulgationDate(),
                        d.documentId()),
                LocalDateTime.now(VN).withNano(0),
                BusinessDocType.REVOCATION,
                reason,
                d.staffInfo(),
                null,
                List.of(),
                List.of());
    }

    private HttpResponse<String> post(byte[] edxml) throws IOException, InterruptedException {
        return post(edxml, null);
    }

    /** @param receipts the {@code Sen-Receipts} header, or null for none */
    private HttpResponse<String> post(byte[] edxml, @Nullable String receipts)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/exchange/packets"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(edxml));
        if (receipts != null) {
            request.header("Sen-Receipts", receipts);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
