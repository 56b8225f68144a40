package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.organization.WorkingTime;
import vn.sen.signing.SampleLetters;

/**
 * The national-portal connector end to end: the portal (MockMvc, with the shared key) hands over a dossier of the demo
 * procedure "Thông báo tổ chức họp báo" (MaTTHC DEMO-BC-02 of Sở KH&CN, H99.10), which is filed as an online dossier
 * waiting for the desk; replays change nothing; broken or foreign messages are refused with coded Vietnamese reasons
 * and leave nothing behind; and every change of the dossier reaches the portal's test double over real HTTP, in order,
 * through 503s, and — once given up — after an administrator sends it again.
 */
@SenIntegrationTest
class NationalPortalIntegrationTests {

    private static final String PROCEDURE = "DEMO-BC-02";
    private static final String AGENCY = "H99.10";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingTime time;

    private final NationalPortalDouble portal = NationalPortalDouble.get();
    private final String pdf = Base64.getEncoder().encodeToString(SampleLetters.decision("Thông báo họp báo"));

    @Test
    void aDossierHandedOverIsFiledOnceAndTheDesksAcceptanceGoesBackWithTheAppointment() {
        Message m = new Message();
        MvcTestResult first = handOver(m.json());
        assertThat(first).hasStatusOk();
        String code = ApiClient.read(first, "$.MaHoSo");
        String today = OffsetDateTime.now(time.zone()).format(DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(code).matches("H99\\.10-" + today + "-\\d{4}");
        assertThat(ApiClient.<String>read(first, "$.MaHoSoQG")).isEqualTo(m.ref);
        UUID id = dossierOf(m);
        assertThat(column(id, "state")).isEqualTo("SUBMITTED");
        assertThat(column(id, "channel")).isEqualTo("ONLINE");
        assertThat(column(id, "code")).isEqualTo(code);
        assertThat(jdbc.queryForObject(
                        "select national_ref from onestop.portal_dossier where dossier_id = ?", String.class, id))
                .isEqualTo(m.ref);
        assertThat(jdbc.queryForObject(
                        "select actor_name from onestop.dossier_event where dossier_id = ? and kind = 'SUBMITTED'",
                        String.class,
                        id))
                .isEqualTo("Cổng Dịch vụ công quốc gia");

        // The same message again: the first answer, byte for byte, and still one dossier.
        MvcTestResult replay = handOver(m.json());
        assertThat(replay).hasStatusOk();
        assertThat(ApiClient.body(replay)).isEqualTo(ApiClient.body(first));
        // Another message for the same national reference answers the same dossier.
        String otherMessage = m.json().replace(m.messageId, "MSG-" + UUID.randomUUID());
        assertThat(ApiClient.<String>read(handOver(otherMessage), "$.MaHoSo")).isEqualTo(code);
        assertThat(dossiersOf(m)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from onestop.portal_dossier where national_ref = ?", Integer.class, m.ref))
                .isEqualTo(1);

        // The portal hears that the province's system has it, waiting for the desk.
        String submitted = awaitUpdate(code, 1);
        assertThat(JsonPath.<String>read(submitted, "$.MaHoSoQG")).isEqualTo(m.ref);
        assertThat(JsonPath.<Integer>read(submitted, "$.KenhThucHien")).isEqualTo(2);
        assertThat(JsonPath.<String>read(submitted, "$.MaTTHC")).isEqualTo(PROCEDURE);
        assertThat(JsonPath.<String>read(submitted, "$.MaCoQuan")).isEqualTo(AGENCY);

        // The desk accepts it: the portal receives the appointment.
        String desk = ApiClient.bearer(mvc, "motcua");
        assertThat(post(desk, "/api/v1/dossiers/" + id + "/acceptance", "{}")).hasStatusOk();
        String received = awaitUpdate(code, 2);
        Instant due = jdbc.queryForObject("select due_at from onestop.dossier where id = ?", Instant.class, id);
        assertThat(JsonPath.<String>read(received, "$.NgayHenTra"))
                .isEqualTo(StatusMapping.format(due, time.zone()))
                .endsWith("+07:00");
        assertThat(JsonPath.<String>read(received, "$.NgayTiepNhan")).isNotBlank();
        assertThat(JsonPath.<String>read(received, "$.MaHoSoQG")).isEqualTo(m.ref);
        NationalPortalDouble.Request sent = portal.accepted().stream()
                .filter(r -> r.body().contains(code))
                .findFirst()
                .orElseThrow();
        assertThat(sent.path()).isEqualTo("/dvcqg" + HttpNationalPortal.PATH);
        assertThat(sent.key()).isEqualTo(TestNationalPortalSettings.KEY);
        assertThat(sent.idempotencyKey()).startsWith("sen-" + code + "-");
        awaitAllSent(id);
    }

    @Test
    void theSameDossierArrivingTwiceAtOnceIsFiledOnce() throws Exception {
        Message m = new Message();
        String other = m.json().replace(m.messageId, "MSG-" + UUID.randomUUID());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> handOver(m.json()));
            var b = pool.submit(() -> handOver(other));
            MvcTestResult first = a.get();
            MvcTestResult second = b.get();
            assertThat(first).hasStatusOk();
            assertThat(second).hasStatusOk();
            assertThat(ApiClient.<String>read(second, "$.MaHoSo")).isEqualTo(ApiClient.read(first, "$.MaHoSo"));
        } finally {
            pool.shutdown();
        }
        assertThat(dossiersOf(m)).isEqualTo(1);
        awaitAllSent(dossierOf(m));
    }

    @Test
    void brokenOrForeignMessagesAreRefusedWithCodedReasonsAndLeaveNothing() {
        Message m = new Message();
        assertRefused(handOver(m.json(), "khoa-sai"), 401, "NATIONAL_PORTAL_KEY_INVALID", "Khóa kết nối");
        assertRefused(handOver(m.json(), null), 401, "NATIONAL_PORTAL_KEY_INVALID", "Khóa kết nối");
        assertRefused(handOver("{\"MaThongDiep\": \"x\","), 400, "NATIONAL_PORTAL_MALFORMED", "không phải JSON");
        assertRefused(
                handOver(m.json().replace("\"KenhThucHien\":2", "\"KenhThucHien\":\"hai\"")),
                400,
                "NATIONAL_PORTAL_MALFORMED",
                "KenhThucHien");
        assertRefused(
                handOver(m.json().replace("\"KenhThucHien\":2", "\"KenhThucHien\":1")),
                400,
                "NATIONAL_PORTAL_CHANNEL_INVALID",
                "trực tuyến");
        assertRefused(handOver(m.withFile("QUJD\nREVG")), 400, "NATIONAL_PORTAL_BASE64_INVALID", "base64");
        assertRefused(handOver(m.withFile("QQ")), 400, "NATIONAL_PORTAL_BASE64_INVALID", "base64");
        assertRefused(handOver(m.withFile("QR==")), 400, "NATIONAL_PORTAL_BASE64_INVALID", "base64");
        assertRefused(
                handOver(m.json().replace(PROCEDURE, "1.000000.000.00.00.H99")),
                400,
                "NATIONAL_PORTAL_PROCEDURE_UNKNOWN",
                "1.000000.000.00.00.H99");
        assertRefused(
                handOver(m.json().replace("\"" + AGENCY + "\"", "\"H98.77\"")),
                400,
                "NATIONAL_PORTAL_AGENCY_UNKNOWN",
                "H98.77");
        assertRefused(
                handOver(m.json().replace("\"LoaiDoiTuong\":1", "\"LoaiDoiTuong\":9")),
                400,
                "NATIONAL_PORTAL_FIELD_INVALID",
                "ChuHoSo.LoaiDoiTuong");
        assertRefused(
                handOver(m.json().replace("\"MaHoSoQG\":\"" + m.ref + "\",", "")),
                400,
                "NATIONAL_PORTAL_FIELD_REQUIRED",
                "MaHoSoQG");
        assertRefused(handOver(m.withFiles(6)), 400, "NATIONAL_PORTAL_TOO_MANY_FILES", "5 tệp");
        // 320 KB of files in a 430 KB message: within the message limit, over the files' limit.
        String big = Base64.getEncoder().encodeToString(new byte[320_000]);
        assertRefused(handOver(m.withFile(big)), 400, "NATIONAL_PORTAL_FILES_TOO_LARGE", "300000 byte");
        String huge = Base64.getEncoder().encodeToString(new byte[460_000]);
        assertRefused(handOver(m.withFile(huge)), 413, "NATIONAL_PORTAL_TOO_LARGE", "600000 byte");

        assertThat(dossiersOf(m)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from onestop.portal_inbox where message_id = ? or national_ref = ?",
                        Integer.class,
                        m.messageId,
                        m.ref))
                .isZero();
        // Nothing was refused for good: the same message, now whole and with the key, is filed.
        assertThat(handOver(m.json())).hasStatusOk();
        assertThat(dossiersOf(m)).isEqualTo(1);
        awaitAllSent(dossierOf(m));
    }

    @Test
    void theCourierRetriesThroughFailuresAndDeliversInOrder() {
        portal.failNext(2);
        Message m = new Message();
        String code = ApiClient.read(handOver(m.json()), "$.MaHoSo");
        UUID id = dossierOf(m);
        assertThat(post(ApiClient.bearer(mvc, "motcua"), "/api/v1/dossiers/" + id + "/acceptance", "{}"))
                .hasStatusOk();
        awaitAllSent(id);
        assertThat(statusesDelivered(code)).containsExactly(1, 2);
        assertThat(portal.requests().stream().filter(r -> r.body().contains(code)))
                .hasSize(4);
        assertThat(jdbc.queryForList(
                        "select attempts from onestop.portal_outbox where dossier_id = ? order by id",
                        Integer.class,
                        id))
                .containsExactly(3, 1);
    }

    @Test
    void anUpdateGivenUpIsKeptVisibleHoldsBackItsDossierAndGoesWhenSentAgain() {
        portal.failNext(3);
        Message m = new Message();
        String code = ApiClient.read(handOver(m.json()), "$.MaHoSo");
        UUID id = dossierOf(m);
        await().atMost(PATIENCE).until(() -> "FAILED"
                .equals(jdbc.queryForObject(
                        "select state from onestop.portal_outbox where dossier_id = ? and event = 'SUBMITTED'",
                        String.class,
                        id)));
        // The acceptance waits behind the failed update: the portal must not hear "received" before "submitted".
        assertThat(post(ApiClient.bearer(mvc, "motcua"), "/api/v1/dossiers/" + id + "/acceptance", "{}"))
                .hasStatusOk();
        long failed = jdbc.queryForObject(
                "select id from onestop.portal_outbox where dossier_id = ? and event = 'SUBMITTED'", Long.class, id);
        String admin = ApiClient.bearer(mvc, "admin");
        MvcTestResult list = mvc.get()
                .uri("/api/v1/national-portal/outbox?state=FAILED")
                .header("Authorization", admin)
                .exchange();
        assertThat(list).hasStatusOk();
        assertThat(ApiClient.<List<Integer>>read(list, "$[?(@.dossierCode == '" + code + "')].attempts"))
                .containsExactly(3);
        assertThat(ApiClient.<List<String>>read(list, "$[?(@.dossierCode == '" + code + "')].lastError"))
                .singleElement()
                .asString()
                .contains("503");
        await().during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(3)).until(() -> "PENDING"
                .equals(jdbc.queryForObject(
                        "select state from onestop.portal_outbox where dossier_id = ? and event = 'RECEIVED'",
                        String.class,
                        id)));
        assertThat(statusesDelivered(code)).isEmpty();

        // Only those who manage procedures may send it again; then both go, in order.
        assertThat(mvc.post()
                        .uri("/api/v1/national-portal/outbox/{id}/retry", failed)
                        .header("Authorization", ApiClient.bearer(mvc, "motcua"))
                        .exchange())
                .hasStatus(403);
        MvcTestResult retried = mvc.post()
                .uri("/api/v1/national-portal/outbox/{id}/retry", failed)
                .header("Authorization", admin)
                .exchange();
        assertThat(retried).hasStatusOk();
        awaitAllSent(id);
        assertThat(statusesDelivered(code)).containsExactly(1, 2);
        MvcTestResult again = mvc.post()
                .uri("/api/v1/national-portal/outbox/{id}/retry", failed)
                .header("Authorization", admin)
                .exchange();
        assertRefused(again, 409, "NATIONAL_PORTAL_OUTBOX_NOT_FAILED", "thất bại");
    }

    @Test
    void theResultReachesThePortalAsASignedExpiringLink() throws Exception {
        Message m = new Message();
        String code = ApiClient.read(handOver(m.json()), "$.MaHoSo");
        UUID id = dossierOf(m);
        String desk = ApiClient.bearer(mvc, "motcua");
        String director = ApiClient.bearer(mvc, "giamdoc");
        post(desk, "/api/v1/dossiers/" + id + "/acceptance", "{}");
        post(desk, handover(id), "{}");
        post(ApiClient.bearer(mvc, "chuyenvien"), handover(id), "{}");
        post(ApiClient.bearer(mvc, "lanhdaophong"), handover(id), "{}");
        assertThat(mvc.post()
                        .uri("/api/v1/dossiers/{id}/result", id)
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "tra-loi.pdf", "application/pdf", SampleLetters.decision("Trả lời")))
                        .param("summary", "Văn bản trả lời về việc tổ chức họp báo")
                        .header("Authorization", director)
                        .exchange())
                .hasStatusOk();
        assertThat(post(director, handover(id), "{}")).hasStatusOk();

        String ready = awaitUpdate(code, 4);
        assertThat(JsonPath.<String>read(ready, "$.NgayKetThucXuLy")).isNotBlank();
        assertThat(JsonPath.<String>read(ready, "$.TrichYeuKetQua")).contains("họp báo");
        assertThat(JsonPath.<String>read(ready, "$.MaKetQua")).isNotBlank();
        assertThat(JsonPath.<Integer>read(ready, "$.DuocThanhToanTrucTuyen")).isZero();
        URI link = URI.create(JsonPath.read(ready, "$.DuongDanTepTinKetQua"));
        assertThat(link.getPath()).isEqualTo("/dich-vu-cong/ket-qua/" + id);
        MvcTestResult download =
                mvc.get().uri(link.getPath() + "?" + link.getRawQuery()).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
        String tampered = link.getRawQuery().replaceFirst("het-han=(\\d+)", "het-han=9$1");
        assertThat(mvc.get().uri(link.getPath() + "?" + tampered).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(link.getPath()).exchange()).hasStatus(404);

        assertThat(post(desk, "/api/v1/dossiers/" + id + "/return", "{}")).hasStatusOk();
        String returned = awaitUpdate(code, 5);
        assertThat(JsonPath.<String>read(returned, "$.NgayTraKetQua")).isNotBlank();
        assertThat(JsonPath.<String>read(returned, "$.NgayKetThucXuLy"))
                .isEqualTo(JsonPath.<String>read(ready, "$.NgayKetThucXuLy"));
        awaitAllSent(id);
    }

    /** A valid hand-over with fresh identifiers. */
    private final class Message {
        final String messageId = "MSG-" + UUID.randomUUID();
        final String ref = "G22-" + UUID.randomUUID().toString().substring(0, 13);
        final String idNumber =
                "0" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L));

        String json() {
            return withFile(pdf);
        }

        String withFile(String base64) {
            return with("[" + file(base64) + "]");
        }

        String withFiles(int n) {
            return with("[" + String.join(",", java.util.Collections.nCopies(n, file("JVBERi0="))) + "]");
        }

        private String file(String base64) {
            return "{\"ThanhPhanHoSo\":1,\"TenTepDinhKem\":\"thong-bao-hop-bao.pdf\",\"NoiDungTep\":\""
                    + base64.replace("\n", "\\n") + "\"}";
        }

        private String with(String files) {
            return "{\"MaThongDiep\":\"" + messageId + "\",\"MaHoSoQG\":\"" + ref + "\",\"MaTTHC\":\"" + PROCEDURE
                    + "\",\"MaCoQuan\":\"" + AGENCY + "\",\"KenhThucHien\":2,\"NgayNopHoSo\":\"20261205083000\","
                    + "\"ChuHoSo\":{\"HoTen\":\"Trần Thị Quốc Gia\",\"SoDinhDanh\":\"" + idNumber
                    + "\",\"LoaiDoiTuong\":1,\"SoDienThoai\":\"0912345678\",\"Email\":\"qg@dan.example\","
                    + "\"DiaChi\":\"Phường Sen Hồng\"},\"TaiLieuNop\":" + files + "}";
        }
    }

    private MvcTestResult handOver(String json) {
        return handOver(json, TestNationalPortalSettings.KEY);
    }

    private MvcTestResult handOver(String json, @org.jspecify.annotations.Nullable String key) {
        var request = mvc.post()
                .uri(NationalPortalApi.DOSSIERS)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
        if (key != null) {
            request = request.header(NationalPortalSettings.KEY_HEADER, key);
        }
        return request.exchange();
    }

    private static void assertRefused(MvcTestResult r, int status, String code, String words) {
        assertThat(r).hasStatus(status);
        assertThat(ApiClient.<String>read(r, "$.code")).isEqualTo(code);
        assertThat(ApiClient.<String>read(r, "$.message")).contains(words);
    }

    /** The body of the first update delivered for the dossier with this status code. */
    private String awaitUpdate(String code, int status) {
        return await().atMost(PATIENCE)
                .until(
                        () -> portal.accepted().stream()
                                .map(NationalPortalDouble.Request::body)
                                .filter(b -> code.equals(JsonPath.read(b, "$.MaHoSo")))
                                .filter(b -> JsonPath.<Integer>read(b, "$.TrangThaiHoSo") == status)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private List<Integer> statusesDelivered(String code) {
        return portal.accepted().stream()
                .map(NationalPortalDouble.Request::body)
                .filter(b -> code.equals(JsonPath.read(b, "$.MaHoSo")))
                .map(b -> JsonPath.<Integer>read(b, "$.TrangThaiHoSo"))
                .toList();
    }

    private void awaitAllSent(UUID dossierId) {
        await().atMost(PATIENCE)
                .until(() -> jdbc.queryForObject(
                                "select count(*) from onestop.portal_outbox where dossier_id = ? and state <> 'SENT'",
                                Integer.class,
                                dossierId)
                        == 0);
    }

    private UUID dossierOf(Message m) {
        return jdbc.queryForObject(
                "select id from onestop.dossier where applicant_id_number = ?", UUID.class, m.idNumber);
    }

    private int dossiersOf(Message m) {
        return jdbc.queryForObject(
                "select count(*) from onestop.dossier where applicant_id_number = ?", Integer.class, m.idNumber);
    }

    private String column(UUID id, String column) {
        return jdbc.queryForObject("select " + column + " from onestop.dossier where id = ?", String.class, id);
    }

    private MvcTestResult post(String token, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private static String handover(UUID id) {
        return "/api/v1/dossiers/" + id + "/handover";
    }
}
