package vn.sen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.signing.TestPki;

/** The exchange directory: route resolution, pinning, the administrators' API and pages. */
@SenIntegrationTest
class ExchangeDirectoryIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 5000));
    private static final LocalDate DAY = LocalDate.of(2025, 8, 1);

    @Autowired
    ExchangeDirectory directory;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static String uniqueCode() {
        return "H98." + (1000 + SEQUENCE.incrementAndGet()) + "." + (10 + SEQUENCE.get() % 80);
    }

    private DirectoryEntryView entry(
            String code,
            Transport transport,
            @Nullable String endpoint,
            LocalDate from,
            @Nullable LocalDate to,
            @Nullable String successor,
            @Nullable String pem) {
        TestActors.actAs(admin());
        try {
            return directory.create(
                    new DirectoryDraft(code, null, "Cơ quan " + code, transport, endpoint, pem, from, to, successor));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static vn.sen.shared.security.Actor admin() {
        return TestActors.systemAdmin("ORG_AGENCY_MANAGE");
    }

    @Test
    void anExplicitEntryValidThatDayWins() {
        String code = uniqueCode();
        entry(
                code,
                Transport.HTTP,
                "http://peer.example:8080/api/v1/exchange/packets",
                DAY.minusYears(1),
                null,
                null,
                null);

        Route route = directory.route(code, DAY).orElseThrow();

        assertThat(route.transport()).isEqualTo(Transport.HTTP);
        assertThat(route.endpoint()).isEqualTo(URI.create("http://peer.example:8080/api/v1/exchange/packets"));
        assertThat(route.resolvedVia()).containsExactly(code);
        assertThat(directory.route(code, DAY.minusYears(2))).isEmpty();
    }

    @Test
    void anOldCodeClosedByAMergerFollowsItsSuccessor() {
        String old = uniqueCode();
        String merged = uniqueCode();
        entry(old, Transport.NATIONAL_AXIS, null, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30), merged, null);
        entry(
                merged,
                Transport.HTTP,
                "https://sen.merged.example/api/v1/exchange/packets",
                LocalDate.of(2025, 7, 1),
                null,
                null,
                null);

        Route before = directory.route(old, LocalDate.of(2025, 6, 1)).orElseThrow();
        Route after = directory.route(old, DAY).orElseThrow();

        assertThat(before.code()).isEqualTo(old);
        assertThat(before.transport()).isEqualTo(Transport.NATIONAL_AXIS);
        assertThat(after.code()).isEqualTo(merged);
        assertThat(after.transport()).isEqualTo(Transport.HTTP);
        assertThat(after.resolvedVia()).containsExactly(old, merged);
    }

    @Test
    void successorLoopsEndEmpty() {
        String a = uniqueCode();
        String b = uniqueCode();
        entry(a, Transport.NATIONAL_AXIS, null, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), b, null);
        entry(b, Transport.NATIONAL_AXIS, null, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), a, null);

        assertThat(directory.route(a, DAY)).isEmpty();
        assertThat(directory.route(b, DAY)).isEmpty();
    }

    @Test
    void anAgencyOfThisInstallationIsReachedDirectlyByEitherCode() {
        AgencyView local = organization.resolve("H99.10", LocalDate.now()).orElseThrow();

        Route byCode = directory.route("H99.10", LocalDate.now()).orElseThrow();
        Route byOrganId = directory.route("000.00.10.H99", LocalDate.now()).orElseThrow();

        assertThat(byCode.transport()).isEqualTo(Transport.DIRECT);
        assertThat(byCode.localAgencyId()).isEqualTo(local.id());
        assertThat(byOrganId.localAgencyId()).isEqualTo(local.id());
        assertThat(byOrganId.edxmlCode()).isEqualTo("000.00.10.H99");
        assertThat(directory.route("H98.9999.99", DAY)).isEmpty();
        assertThat(directory.route("không phải mã", DAY)).isEmpty();
    }

    @Test
    void theSenderEntryPinsItsCertificate() throws Exception {
        X509Certificate pinned =
                TestPki.shared().issue(TestPki.Subject.agency("Cơ quan ghim")).certificate();
        X509Certificate other =
                TestPki.shared().issue(TestPki.Subject.agency("Cơ quan khác")).certificate();
        String code = uniqueCode();
        entry(
                code,
                Transport.HTTP,
                "http://peer.example/api/v1/exchange/packets",
                DAY.minusDays(10),
                null,
                null,
                pem(pinned));

        assertThat(directory.pinned(code, pinned, DAY)).isTrue();
        assertThat(directory.pinned(code, other, DAY)).isFalse();
        assertThat(directory.pinned(code, pinned, DAY.minusDays(11))).isFalse();
        assertThat(directory.route(code, DAY).orElseThrow().pinnedCertificates())
                .containsExactly(pinned);
    }

    @Test
    void theApiCreatesEditsAndClosesEntriesAndRefusesStaleEditsBadInputAndClerks() {
        Authentication admin = TestActors.authentication(admin());
        String code = uniqueCode();
        MvcTestResult created = mvc.post()
                .uri("/api/v1/exchange/directory")
                .with(authentication(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(code, "000.00.01.H98", "HTTP", "http://peer.example/api/v1/exchange/packets", null))
                .exchange();
        assertThat(created).hasStatus(201);
        String id = ApiClient.read(created, "$.id");

        assertThat(mvc.get()
                        .uri("/api/v1/exchange/directory/{id}", id)
                        .with(authentication(admin))
                        .exchange())
                .hasStatusOk();
        assertThat(ApiClient.body(mvc.get()
                        .uri("/api/v1/exchange/directory?day=2025-08-01")
                        .with(authentication(admin))
                        .exchange()))
                .contains(code);

        MvcTestResult updated = mvc.put()
                .uri("/api/v1/exchange/directory/{id}", id)
                .with(authentication(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(code, "000.00.01.H98", "NATIONAL_AXIS", null, 0L))
                .exchange();
        assertThat(updated).hasStatusOk();
        assertThat(ApiClient.<String>read(updated, "$.transport")).isEqualTo("NATIONAL_AXIS");

        MvcTestResult stale = mvc.put()
                .uri("/api/v1/exchange/directory/{id}", id)
                .with(authentication(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(code, null, "NATIONAL_AXIS", null, 0L))
                .exchange();
        assertThat(stale).hasStatus(409);
        assertThat(ApiClient.<String>read(stale, "$.code")).isEqualTo("CONCURRENT_EDIT");

        MvcTestResult closed = mvc.post()
                .uri("/api/v1/exchange/directory/{id}/close", id)
                .with(authentication(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"validTo\":\"2025-06-30\",\"successorCode\":\"H99.10\",\"version\":1}")
                .exchange();
        assertThat(closed).hasStatusOk();
        Route route = directory.route(code, DAY).orElseThrow();
        assertThat(route.transport()).isEqualTo(Transport.DIRECT);
        assertThat(route.resolvedVia()).containsExactly(code, "H99.10");

        MvcTestResult noEndpoint = mvc.post()
                .uri("/api/v1/exchange/directory")
                .with(authentication(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(uniqueCode(), null, "HTTP", null, null))
                .exchange();
        assertThat(noEndpoint).hasStatus(400);
        assertThat(ApiClient.<String>read(noEndpoint, "$.code")).isEqualTo("EXCHANGE_DIRECTORY_ENDPOINT_REQUIRED");
        assertThat(ApiClient.<String>read(noEndpoint, "$.message")).contains("HTTP");

        MvcTestResult badCode = mvc.post()
                .uri("/api/v1/exchange/directory")
                .with(authentication(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json("h98-01", "12.00.01.H98", "NATIONAL_AXIS", null, null))
                .exchange();
        assertThat(ApiClient.<String>read(badCode, "$.code")).isEqualTo("EXCHANGE_DIRECTORY_CODE_INVALID");

        MvcTestResult badPem = mvc.post()
                .uri("/api/v1/exchange/directory")
                .with(authentication(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + uniqueCode() + "\",\"name\":\"X\",\"transport\":\"NATIONAL_AXIS\","
                        + "\"validFrom\":\"2025-01-01\",\"pinnedCertificate\":\"-----BEGIN CERTIFICATE-----\\nabc\\n"
                        + "-----END CERTIFICATE-----\"}")
                .exchange();
        assertThat(ApiClient.<String>read(badPem, "$.code")).isEqualTo("EXCHANGE_DIRECTORY_PEM_INVALID");

        Authentication clerk = TestActors.authentication(TestActors.staff(UUID.randomUUID(), "STAFF", "DOC_REGISTER"));
        assertThat(mvc.post()
                        .uri("/api/v1/exchange/directory")
                        .with(authentication(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(uniqueCode(), null, "NATIONAL_AXIS", null, null))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/exchange/directory")
                        .with(authentication(clerk))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void thePagesListAndRefuseAFormFieldInVietnamese() {
        String code = uniqueCode();
        entry(code, Transport.NATIONAL_AXIS, null, DAY, null, null, null);
        Authentication admin = TestActors.authentication(admin());

        MvcTestResult list = mvc.get()
                .uri("/admin/exchange/directory?q={q}", code)
                .with(authentication(admin))
                .exchange();
        assertThat(list).hasStatusOk();
        assertThat(ApiClient.body(list)).contains("Cơ quan " + code).contains("Danh bạ liên thông");

        assertThat(mvc.get()
                        .uri("/admin/exchange/directory/new")
                        .with(authentication(admin))
                        .exchange())
                .hasStatusOk();

        MvcTestResult refused = mvc.post()
                .uri("/admin/exchange/directory")
                .with(authentication(admin))
                .with(csrf())
                .param("code", uniqueCode())
                .param("name", "Cơ quan thiếu địa chỉ")
                .param("transport", "HTTP")
                .param("validFrom", "2025-01-01")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(ApiClient.body(refused)).contains("directory-endpoint-error").contains("địa chỉ nhận gói tin");

        MvcTestResult saved = mvc.post()
                .uri("/admin/exchange/directory")
                .with(authentication(admin))
                .with(csrf())
                .param("code", uniqueCode())
                .param("name", "Cơ quan qua trục")
                .param("transport", "NATIONAL_AXIS")
                .param("validFrom", "2025-01-01")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();

        Authentication clerk = TestActors.authentication(TestActors.staff(UUID.randomUUID(), "STAFF", "DOC_REGISTER"));
        assertThat(mvc.get()
                        .uri("/admin/exchange/directory")
                        .with(authentication(clerk))
                        .exchange())
                .hasStatus(403);
    }

    private static String json(
            String code, @Nullable String edxml, String transport, @Nullable String endpoint, @Nullable Long version) {
        return "{\"code\":\"" + code + "\",\"edxmlCode\":" + quoted(edxml) + ",\"name\":\"Cơ quan " + code
                + "\",\"transport\":\"" + transport + "\",\"endpoint\":" + quoted(endpoint)
                + ",\"validFrom\":\"2025-01-01\",\"version\":" + version + "}";
    }

    private static String quoted(@Nullable String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
