package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.shared.error.SenException;

/** Exchange keys: generation at first use, sealing at rest, replacement, trust verdicts and the public PEM. */
@SenIntegrationTest
class ExchangeKeysIntegrationTests {

    static final String PASSWORD = "mat-khau-p12";

    @Autowired
    ExchangeKeys keys;

    @Autowired
    MasterKey master;

    @Autowired
    TrustAnchors anchors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    vn.sen.audit.AuditTrail audit;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** A fresh agency with a unique QĐ 20 code under the test-only level-1 code C78. */
    static Agency newAgency(MockMvcTester mvc, String name) {
        String code = "C78." + ThreadLocalRandom.current().nextInt(10, 99) + "."
                + ThreadLocalRandom.current().nextInt(10, 99);
        MvcTestResult result = mvc.post()
                .uri("/api/v1/agencies")
                .with(authentication(TestActors.authentication(TestActors.systemAdmin("ORG_AGENCY_MANAGE"))))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        """
                        {"code":"%s","name":"%s","shortName":"STEST","placeName":"Sen Hồng",
                         "level":"DEPARTMENT","validFrom":"2020-01-01"}"""
                                .formatted(code, name))
                .exchange();
        if (result.getResponse().getStatus() != 201) {
            return newAgency(mvc, name); // the random code was taken: draw again
        }
        return new Agency(UUID.fromString(ApiClient.read(result, "$.id")), code, name);
    }

    record Agency(UUID id, String code, String name) {}

    @Test
    void anAgencyGetsASelfSignedKeyAtFirstUseAndKeepsIt() {
        Agency agency = newAgency(mvc, "Sở Thử Khóa " + UUID.randomUUID());

        ExchangeKeys.ExchangeKey first = keys.keyOf(agency.id());
        ExchangeKeys.ExchangeKey second = keys.keyOf(agency.id());

        X509Certificate certificate = first.chain().get(0);
        assertThat(certificate.getSubjectX500Principal().getName())
                .contains("CN=" + agency.name())
                .contains("O=" + agency.name())
                .contains("OU=" + agency.code());
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(((java.security.interfaces.RSAPublicKey) certificate.getPublicKey())
                        .getModulus()
                        .bitLength())
                .isEqualTo(2048);
        assertThat(Duration.between(
                                certificate.getNotBefore().toInstant(),
                                certificate.getNotAfter().toInstant())
                        .toDays())
                .isBetween(1094L, 1097L);
        assertThat(second.chain()).isEqualTo(first.chain());
        assertThat(second.privateKey().getEncoded())
                .isEqualTo(first.privateKey().getEncoded());
        assertThat(keys.describe(agency.id()).origin()).isEqualTo("GENERATED");
        assertThat(rows(agency.id())).isEqualTo(1);
        assertThat(keys.trust(first.chain(), Instant.now())).isEqualTo(ExchangeKeys.Trust.UNKNOWN_ISSUER);
    }

    @Test
    void twoFirstUsesAtOnceMakeOneKey() throws Exception {
        Agency agency = newAgency(mvc, "Sở Đồng Thời " + UUID.randomUUID());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ExchangeKeys.ExchangeKey>> uses = List.of(
                    CompletableFuture.supplyAsync(() -> firstUse(start, agency.id()), pool),
                    CompletableFuture.supplyAsync(() -> firstUse(start, agency.id()), pool));
            start.countDown();
            ExchangeKeys.ExchangeKey a = uses.get(0).get(30, TimeUnit.SECONDS);
            ExchangeKeys.ExchangeKey b = uses.get(1).get(30, TimeUnit.SECONDS);
            assertThat(a.chain()).isEqualTo(b.chain());
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(agency.id())).isEqualTo(1);
    }

    @Test
    void aFirstUseInsideAnAuditedTransactionFinishesAndIsKeptOnlyIfItCommits() throws Exception {
        Agency agency = newAgency(mvc, "Sở Phát Hành " + UUID.randomUUID());
        TransactionTemplate tx = new TransactionTemplate(transactions);

        // Issuing appends to the audit chain (holding its lock) before it signs its packets with the exchange key.
        CompletableFuture<Void> rolledBack = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            audit.recordAs("system", "TEST_BEFORE_KEY", "Agency", agency.id().toString(), agency.id(), null, null);
            keys.keyOf(agency.id());
            status.setRollbackOnly();
        }));
        rolledBack.get(30, TimeUnit.SECONDS);
        assertThat(rows(agency.id())).isZero();

        X509Certificate kept = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
                    audit.recordAs(
                            "system", "TEST_BEFORE_KEY", "Agency", agency.id().toString(), agency.id(), null, null);
                    return keys.keyOf(agency.id()).chain().get(0);
                }))
                .get(30, TimeUnit.SECONDS);
        assertThat(rows(agency.id())).isEqualTo(1);
        assertThat(keys.certificateOf(agency.id())).isEqualTo(kept);
    }

    private ExchangeKeys.ExchangeKey firstUse(CountDownLatch start, UUID agencyId) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return keys.keyOf(agencyId);
    }

    @Test
    void theTableHoldsNoPlaintextKey() throws Exception {
        Agency agency = newAgency(mvc, "Sở Niêm Phong " + UUID.randomUUID());
        ExchangeKeys.ExchangeKey key = keys.keyOf(agency.id());

        var row = jdbc.queryForMap(
                "select sealed_key, key_nonce, sealed_password, password_nonce from signing.exchange_key"
                        + " where agency_id = ?",
                agency.id());
        byte[] sealedKey = (byte[]) row.get("sealed_key");
        byte[] sealedPassword = (byte[]) row.get("sealed_password");
        byte[] p12 = master.open(
                new MasterKey.Sealed(sealedKey, (byte[]) row.get("key_nonce")), "exchange-key:" + agency.id());
        String password = new String(
                master.open(
                        new MasterKey.Sealed(sealedPassword, (byte[]) row.get("password_nonce")),
                        "exchange-password:" + agency.id()),
                StandardCharsets.UTF_8);

        assertThat(password).hasSizeGreaterThanOrEqualTo(30);
        assertThat(new String(sealedPassword, StandardCharsets.ISO_8859_1)).doesNotContain(password);
        assertThat(sealedKey).isNotEqualTo(p12);
        assertThat(Pkcs12Files.open(p12, password).key().getEncoded())
                .isEqualTo(key.privateKey().getEncoded());
        // The blobs are bound to their agency: copied onto another agency's row they do not open.
        assertThatThrownBy(() -> master.open(
                        new MasterKey.Sealed(sealedKey, (byte[]) row.get("key_nonce")),
                        "exchange-key:" + UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAgencyAdministratorReplacesTheKeyWithACaIssuedPkcs12() {
        Agency agency = newAgency(mvc, "Sở Thay Khóa " + UUID.randomUUID());
        X509Certificate generated = keys.certificateOf(agency.id());
        anchors.add(TestPki.shared().rootToken());
        TestPki.Issued issued = TestPki.shared().issue(TestPki.Subject.agency(agency.name()));
        TestActors.actAs(SigningFixtures.agencyAdmin(agency.id()));

        keys.replace(agency.id(), issued.p12(PASSWORD), PASSWORD.toCharArray());

        ExchangeKeys.ExchangeKey now = keys.keyOf(agency.id());
        assertThat(now.chain().get(0)).isEqualTo(issued.certificate()).isNotEqualTo(generated);
        assertThat(now.privateKey().getEncoded()).isEqualTo(issued.privateKey().getEncoded());
        assertThat(keys.describe(agency.id()).origin()).isEqualTo("UPLOADED");
        assertThat(keys.trust(now.chain(), Instant.now())).isEqualTo(ExchangeKeys.Trust.TRUSTED);
        assertThat(rows(agency.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.entry where action = 'SIGNING_EXCHANGE_KEY_REPLACED'"
                                + " and record_id = (select id::text from signing.exchange_key where agency_id = ?)",
                        Integer.class,
                        agency.id()))
                .isEqualTo(1);
    }

    @Test
    void expiredWrongPasswordAndKeylessFilesAreRefused() throws Exception {
        Agency agency = newAgency(mvc, "Sở Từ Chối " + UUID.randomUUID());
        TestActors.actAs(SigningFixtures.agencyAdmin(agency.id()));
        Instant now = Instant.now();
        TestPki.Issued expired = TestPki.shared()
                .issue(
                        TestPki.Subject.agency(agency.name()),
                        now.minus(Duration.ofDays(800)),
                        now.minus(Duration.ofDays(1)),
                        null);
        TestPki.Issued valid = TestPki.shared().issue(TestPki.Subject.agency(agency.name()));

        assertRefused(
                () -> keys.replace(agency.id(), expired.p12(PASSWORD), PASSWORD.toCharArray()),
                "SIGNING_EXCHANGE_KEY_EXPIRED");
        assertRefused(
                () -> keys.replace(agency.id(), valid.p12(PASSWORD), "sai".toCharArray()),
                "SIGNING_EXCHANGE_KEY_WRONG_PASSWORD");
        assertRefused(
                () -> keys.replace(agency.id(), keyless(valid.certificate()), PASSWORD.toCharArray()),
                "SIGNING_EXCHANGE_KEY_KEY_COUNT");
        assertRefused(
                () -> keys.replace(agency.id(), "no".getBytes(StandardCharsets.UTF_8), "x".toCharArray()),
                "SIGNING_EXCHANGE_KEY_UNREADABLE");
        assertThat(rows(agency.id())).isZero();

        // Another agency's administrator does not even learn that the agency exists.
        TestActors.actAs(SigningFixtures.agencyAdmin(UUID.randomUUID()));
        assertRefused(
                () -> keys.replace(agency.id(), valid.p12(PASSWORD), PASSWORD.toCharArray()),
                "SIGNING_EXCHANGE_KEY_AGENCY_NOT_FOUND");
    }

    @Test
    void trustJudgesExpiryAnchorsAndRevocation() {
        TestPki pki = TestPki.create();
        anchors.add(pki.rootToken());
        TestPki.Issued good = pki.issue(TestPki.Subject.agency("Cơ quan tin cậy"));
        TestPki.Issued revoked = pki.issue(TestPki.Subject.agency("Cơ quan bị thu hồi"));
        anchors.addRevocationList(pki.crl(revoked.serial()));
        Instant now = Instant.now();

        assertThat(keys.trust(good.chain(), now)).isEqualTo(ExchangeKeys.Trust.TRUSTED);
        assertThat(keys.trust(List.of(good.certificate()), now)).isEqualTo(ExchangeKeys.Trust.TRUSTED);
        assertThat(keys.trust(good.chain(), now.plus(Duration.ofDays(800)))).isEqualTo(ExchangeKeys.Trust.EXPIRED);
        assertThat(keys.trust(good.chain(), now.minus(Duration.ofDays(3)))).isEqualTo(ExchangeKeys.Trust.EXPIRED);
        assertThat(keys.trust(revoked.chain(), now)).isEqualTo(ExchangeKeys.Trust.REVOKED);
        Agency stranger = newAgency(mvc, "Sở Lạ " + UUID.randomUUID());
        assertThat(keys.trust(keys.keyOf(stranger.id()).chain(), now)).isEqualTo(ExchangeKeys.Trust.UNKNOWN_ISSUER);
    }

    @Test
    void peersFetchTheCertificateWithoutLoggingIn() throws Exception {
        Agency agency = newAgency(mvc, "Sở Công Khai " + UUID.randomUUID());

        MvcTestResult result = mvc.get()
                .uri("/api/v1/exchange-keys/{code}/certificate", agency.code())
                .exchange();

        assertThat(result).hasStatusOk();
        String pem = ApiClient.body(result);
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(pem).isEqualTo(ExchangeKeys.pem(keys.certificateOf(agency.id())));
        assertThat(mvc.get()
                        .uri("/api/v1/exchange-keys/{code}/certificate", "C78.99.99.99")
                        .exchange())
                .hasStatus(404);
        // Replacing is not open.
        assertThat(mvc.post()
                        .uri("/api/v1/exchange-keys/{id}", agency.id())
                        .multipart()
                        .file(new MockMultipartFile("pkcs12", new byte[] {1}))
                        .param("password", "x")
                        .exchange())
                .hasStatus(401);
    }

    @Test
    void theApiReplacesTheKeyForASystemAdministratorAndRefusesAClerk() {
        Agency agency = newAgency(mvc, "Sở Qua API " + UUID.randomUUID());
        TestPki.Issued issued = TestPki.shared().issue(TestPki.Subject.agency(agency.name()));
        MockMultipartFile file =
                new MockMultipartFile("pkcs12", "khoa.p12", "application/x-pkcs12", issued.p12(PASSWORD));

        MvcTestResult refused = mvc.post()
                .uri("/api/v1/exchange-keys/{id}", agency.id())
                .multipart()
                .file(file)
                .param("password", PASSWORD)
                .with(authentication(TestActors.authentication(SigningFixtures.clerk(agency.id()))))
                .exchange();
        assertThat(refused).hasStatus(403);

        MvcTestResult wrong = mvc.post()
                .uri("/api/v1/exchange-keys/{id}", agency.id())
                .multipart()
                .file(file)
                .param("password", "sai")
                .with(authentication(TestActors.authentication(TestActors.systemAdmin("ORG_AGENCY_MANAGE"))))
                .exchange();
        assertThat(wrong).hasStatus(400);
        assertThat(ApiClient.<String>read(wrong, "$.code")).isEqualTo("SIGNING_EXCHANGE_KEY_WRONG_PASSWORD");
        assertThat(ApiClient.<String>read(wrong, "$.message")).contains("Mật khẩu");

        MvcTestResult done = mvc.post()
                .uri("/api/v1/exchange-keys/{id}", agency.id())
                .multipart()
                .file(file)
                .param("password", PASSWORD)
                .with(authentication(TestActors.authentication(TestActors.systemAdmin("ORG_AGENCY_MANAGE"))))
                .exchange();
        assertThat(done).hasStatusOk();
        assertThat(JsonPath.<String>read(ApiClient.body(done), "$.origin")).isEqualTo("UPLOADED");
        assertThat(keys.certificateOf(agency.id())).isEqualTo(issued.certificate());
    }

    private int rows(UUID agencyId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from signing.exchange_key where agency_id = ?", Integer.class, agencyId);
        return n == null ? 0 : n;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SenException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    private static byte[] keyless(X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("only-certificate", certificate);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD.toCharArray());
        return out.toByteArray();
    }
}
