package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.security.Actor;
import vn.sen.signing.SampleLetters;

/**
 * Paying a dossier's fee online through the sandbox gateway: the citizen is sent to the sandbox's bank page, whose
 * buttons call Sen back over real HTTP with a signed notification; a tampered or wrongly priced notification is
 * refused and changes nothing, the same one again changes nothing, another citizen can neither pay nor see, and the
 * desk records a refund.
 */
@SenIntegrationTest
@RecordApplicationEvents
class PaymentIntegrationTests {

    /** A procedure offered online with a fee (5,000,000 đồng) and five mandatory components. */
    private static final String POSTAL_LICENCE = "DEMO-BCVT-04";

    private static final long FEE = 5_000_000L;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    @Value("${sen.payments.sandbox.secret}")
    String secret;

    private final byte[] pdf = SampleLetters.decision("Đơn đề nghị cấp giấy phép bưu chính");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCitizenPaysAtTheSandboxBankWhichCallsSenBackOverHttp() {
        Authentication citizen = registeredCitizen();
        UUID dossier = file(citizen);
        assertThat(ApiClient.body(page(citizen, dossier)))
                .contains("5.000.000 đồng")
                .contains("citizen-pay-button");

        // A double click opens one payment, not two.
        String bank = startPayment(citizen, dossier);
        assertThat(startPayment(citizen, dossier)).isEqualTo(bank);
        assertThat(payments(dossier)).hasSize(1);
        String first = bank.substring(bank.lastIndexOf('/') + 1);

        // The bank's page is public: the amount, the payee and the dossier.
        MvcTestResult shown = mvc.get().uri(bank).exchange();
        assertThat(shown).hasStatusOk();
        assertThat(ApiClient.body(shown))
                .contains("5.000.000 đồng")
                .contains("Sở Khoa học và Công nghệ")
                .contains(code(dossier));

        // Cancelled at the bank: the callback marks it failed, with the reason; the citizen may try again.
        assertThat(answerAtBank(bank, "cancel")).hasRedirectedUrl("/cong-dan/ho-so/" + dossier);
        assertThat(state(first)).isEqualTo("FAILED");
        assertThat(column(first, "failure_reason")).isEqualTo("Người nộp đã hủy giao dịch");
        assertThat(mvc.get().uri(bank).exchange()).hasStatus(404);

        String again = startPayment(citizen, dossier);
        assertThat(again).isNotEqualTo(bank);
        String second = again.substring(again.lastIndexOf('/') + 1);
        assertThat(answerAtBank(again, "pay")).hasRedirectedUrl("/cong-dan/ho-so/" + dossier);
        assertThat(state(second)).isEqualTo("PAID");
        assertThat(column(second, "gateway_transaction")).startsWith("SBX");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.entry where action = 'PAYMENT_PAID' and record_id = ?"
                                + " and actor_username = ?",
                        Integer.class,
                        id(second).toString(),
                        Payments.GATEWAY_ACTOR))
                .isEqualTo(1);

        // Paid: the page says so and offers no second payment; asking anyway is refused.
        String paidPage = ApiClient.body(page(citizen, dossier));
        assertThat(paidPage).contains("citizen-paid").doesNotContain("citizen-pay-button");
        MvcTestResult notDue = pay(citizen, dossier);
        assertThat(notDue).hasRedirectedUrl("/cong-dan/ho-so/" + dossier);
        assertThat(notDue.getMvcResult().getFlashMap().get("flashErr"))
                .asString()
                .contains("không có khoản phí");
    }

    @Test
    void tamperedWronglyPricedAndReplayedCallbacksChangeNothing() throws Exception {
        Authentication citizen = registeredCitizen();
        UUID dossier = file(citizen);
        String bank = startPayment(citizen, dossier);
        String reference = bank.substring(bank.lastIndexOf('/') + 1);

        // A wrong signature, and a right signature over other values: 400, still pending.
        Map<String, String> forged = callback(reference, "SBXFORGED1", FEE, "00");
        forged.put("signature", "0".repeat(64));
        HttpResponse<String> bad = deliver(forged);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("PAYMENT_SIGNATURE_INVALID");
        Map<String, String> altered = signed(callback(reference, "SBXALTERED", 1_000L, "00"));
        altered.put("amount", Long.toString(FEE));
        assertThat(deliver(altered).statusCode()).isEqualTo(400);
        Map<String, String> unsigned = callback(reference, "SBXUNSIGNED", FEE, "00");
        assertThat(deliver(unsigned).statusCode()).isEqualTo(400);
        assertThat(state(reference)).isEqualTo("PENDING");

        // Signed, but for less than the fee: refused, still pending.
        HttpResponse<String> cheap = deliver(signed(callback(reference, "SBXCHEAP", 1_000L, "00")));
        assertThat(cheap.statusCode()).isEqualTo(400);
        assertThat(cheap.body()).contains("PAYMENT_AMOUNT_MISMATCH");
        assertThat(state(reference)).isEqualTo("PENDING");

        // Signed, for a reference Sen never issued: 404.
        assertThat(deliver(signed(callback("SEN000000NOPE", "SBXNOPE", FEE, "00")))
                        .statusCode())
                .isEqualTo(404);

        // The genuine notification: paid, and the dossier is announced as paid online (channel 2).
        Map<String, String> genuine = signed(callback(reference, "SBXGENUINE" + reference, FEE, "00"));
        MvcTestResult settled = mvc.post()
                .uri(SandboxGateway.CALLBACK_PATH)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form(genuine))
                .exchange();
        assertThat(settled).hasStatusOk();
        assertThat(ApiClient.<String>read(settled, "$.state")).isEqualTo("PAID");
        List<DossierPaid> paid = events.stream(DossierPaid.class)
                .filter(e -> e.dossierId().equals(dossier))
                .toList();
        assertThat(paid).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualTo(FEE);
            assertThat(e.channel()).isEqualTo(2);
            assertThat(e.code()).isEqualTo(code(dossier));
        });
        long version = Long.parseLong(column(reference, "version"));

        // The same notification again (gateways retry): 200, nothing changes.
        HttpResponse<String> replay = deliver(genuine);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("PAID");
        assertThat(Long.parseLong(column(reference, "version"))).isEqualTo(version);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.entry where action = 'PAYMENT_PAID' and record_id = ?",
                        Integer.class,
                        id(reference).toString()))
                .isEqualTo(1);
        // Another transaction for a payment already settled is not believed either.
        assertThat(deliver(signed(callback(reference, "SBXSECOND" + reference, FEE, "24")))
                        .statusCode())
                .isEqualTo(409);
        assertThat(state(reference)).isEqualTo("PAID");
    }

    @Test
    void anotherCitizenCanNeitherPayNorSeeAndTheDeskRecordsARefund() throws Exception {
        Authentication citizen = registeredCitizen();
        UUID dossier = file(citizen);
        Authentication stranger = registeredCitizen();
        assertThat(pay(stranger, dossier)).hasStatus(404);
        assertThat(page(stranger, dossier)).hasStatus(404);
        assertThat(payments(dossier)).isEmpty();

        String bank = startPayment(citizen, dossier);
        String reference = bank.substring(bank.lastIndexOf('/') + 1);
        assertThat(deliver(signed(callback(reference, "SBXREFUND" + reference, FEE, "00")))
                        .statusCode())
                .isEqualTo(200);

        // The desk sees the payment; another agency's desk does not.
        String desk = ApiClient.bearer(mvc, "motcua");
        MvcTestResult listed = mvc.get()
                .uri("/api/v1/dossiers/{id}/payments", dossier)
                .header("Authorization", desk)
                .exchange();
        assertThat(listed).hasStatusOk();
        assertThat(ApiClient.<List<String>>read(listed, "$[*].state")).containsExactly("PAID");
        UUID snv = organization
                .resolve(DemoOrganization.SNV_CODE, LocalDate.now())
                .orElseThrow()
                .id();
        Authentication otherDesk =
                TestActors.authentication(TestActors.staff(snv, "STAFF", "DOSSIER_RECEIVE", "DOSSIER_PROCESS"));
        assertThat(mvc.get()
                        .uri("/api/v1/dossiers/{id}/payments", dossier)
                        .with(authentication(otherDesk))
                        .exchange())
                .hasStatus(404);
        assertThat(refund(otherDesk, reference, "{\"reason\":\"Thử\"}")).hasStatus(404);

        // The staff page lists it with the refund button.
        UUID agency = jdbc.queryForObject("select agency_id from onestop.dossier where id = ?", UUID.class, dossier);
        Authentication officer =
                TestActors.authentication(TestActors.staff(agency, "STAFF", "DOSSIER_RECEIVE", "DOSSIER_PROCESS"));
        MvcTestResult staffPage = mvc.get()
                .uri("/onestop/dossiers/{id}", dossier)
                .with(authentication(officer))
                .exchange();
        assertThat(staffPage).hasStatusOk();
        assertThat(ApiClient.body(staffPage)).contains("payment-" + reference).contains("refund-" + reference);

        // A refund needs a reason; then it is recorded once and audited.
        assertThat(ApiClient.<String>read(refund(desk, reference, "{}"), "$.code"))
                .isEqualTo("DOSSIER_TEXT_REQUIRED");
        MvcTestResult refunded = refund(desk, reference, "{\"reason\":\"Dừng giải quyết theo yêu cầu của người nộp\"}");
        assertThat(refunded).hasStatusOk();
        assertThat(ApiClient.<String>read(refunded, "$.state")).isEqualTo("REFUNDED");
        assertThat(state(reference)).isEqualTo("REFUNDED");
        assertThat(refund(desk, reference, "{\"reason\":\"Lần nữa\"}")).hasStatus(409);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.entry where action = 'PAYMENT_REFUNDED' and record_id = ?",
                        Integer.class,
                        id(reference).toString()))
                .isEqualTo(1);
    }

    private Authentication registeredCitizen() {
        String username = "tt" + UUID.randomUUID().toString().substring(0, 8);
        String identifier = "0010990" + String.format("%05d", Math.abs(username.hashCode()) % 100_000);
        assertThat(mvc.post()
                        .uri("/dang-ky")
                        .with(csrf())
                        .param("username", username)
                        .param("password", "mat-khau-2026")
                        .param("displayName", "Trần Thị Thanh Toán")
                        .param("identifier", identifier)
                        .param("email", username + "@dan.example")
                        .exchange())
                .hasRedirectedUrl("/login");
        UUID account =
                jdbc.queryForObject("select id from identity.citizen_account where username = ?", UUID.class, username);
        return TestActors.authentication(
                new Actor(account, username, "Trần Thị Thanh Toán", null, null, false, Set.of("CITIZEN"), null));
    }

    private UUID file(Authentication citizen) {
        UUID procedure = jdbc.queryForObject(
                "select id from onestop.procedure where national_code = ?", UUID.class, POSTAL_LICENCE);
        var request = mvc.post().uri("/cong-dan/nop/{id}", procedure).multipart();
        for (int n = 1; n <= 5; n++) {
            request = request.file(new MockMultipartFile("component-" + n, "tp-" + n + ".pdf", "application/pdf", pdf));
        }
        MvcTestResult filed = request.param("key", UUID.randomUUID().toString())
                .with(authentication(citizen))
                .with(csrf())
                .exchange();
        assertThat(filed).hasStatus3xxRedirection();
        String location = filed.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/cong-dan/ho-so/");
        return UUID.fromString(location.substring("/cong-dan/ho-so/".length()));
    }

    private MvcTestResult page(Authentication citizen, UUID dossier) {
        return mvc.get()
                .uri("/cong-dan/ho-so/{id}", dossier)
                .with(authentication(citizen))
                .exchange();
    }

    private MvcTestResult pay(Authentication citizen, UUID dossier) {
        return mvc.post()
                .uri("/cong-dan/ho-so/{id}/thanh-toan", dossier)
                .with(authentication(citizen))
                .with(csrf())
                .exchange();
    }

    /** Starts paying; answers where the citizen is sent (the sandbox bank's page). */
    private String startPayment(Authentication citizen, UUID dossier) {
        MvcTestResult r = pay(citizen, dossier);
        assertThat(r).hasStatus3xxRedirection();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(SandboxGateway.BANK_PATH);
        return location;
    }

    /** The payer presses a button on the bank's page (no login, no Sen session). */
    private MvcTestResult answerAtBank(String bank, String action) {
        MvcTestResult r = mvc.post().uri(bank).param("action", action).exchange();
        assertThat(r).hasStatus3xxRedirection();
        return r;
    }

    private MvcTestResult refund(Object who, String reference, String json) {
        var request = mvc.post()
                .uri("/api/v1/payments/{reference}/refund", reference)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
        return who instanceof Authentication a
                ? request.with(authentication(a)).exchange()
                : request.header("Authorization", (String) who).exchange();
    }

    private Map<String, String> callback(String reference, String transaction, long amount, String result) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", reference);
        fields.put("transaction", transaction);
        fields.put("amount", Long.toString(amount));
        fields.put("result", result);
        fields.put("timestamp", Instant.now().toString());
        return fields;
    }

    private Map<String, String> signed(Map<String, String> fields) {
        fields.put("signature", SandboxSignature.sign(secret, fields));
        return fields;
    }

    /** Posts a notification to Sen's callback over real HTTP, as a gateway would. */
    private HttpResponse<String> deliver(Map<String, String> fields) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + SandboxGateway.CALLBACK_PATH))
                .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private List<String> payments(UUID dossier) {
        return jdbc.queryForList("select reference from onestop.payment where dossier_id = ?", String.class, dossier);
    }

    private String state(String reference) {
        return column(reference, "state");
    }

    private String column(String reference, String column) {
        return jdbc.queryForObject(
                "select " + column + " from onestop.payment where reference = ?", String.class, reference);
    }

    private UUID id(String reference) {
        return jdbc.queryForObject("select id from onestop.payment where reference = ?", UUID.class, reference);
    }

    private String code(UUID dossier) {
        return jdbc.queryForObject("select code from onestop.dossier where id = ?", String.class, dossier);
    }
}
