package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;

/** Signing through the facade end to end: keys filed, certificates checked, external signing, who may sign. */
@SenIntegrationTest
class SigningDeskIntegrationTests {

    @Autowired
    PdfSignatures signatures;

    @Autowired
    KeyFiling filing;

    @Autowired
    ImageShelf shelf;

    @Autowired
    SignerKeys keys;

    @Autowired
    MasterKey master;

    @Autowired
    TrustAnchors anchors;

    @Autowired
    SigningFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private StaffView person;

    @BeforeEach
    void trustTheTestRoot() {
        anchors.add(TestPki.shared().rootToken());
        anchors.addRevocationList(TestPki.shared().crl());
        person = fixtures.person("chuyenvien");
        TestActors.actAs(fixtures.actorOf("chuyenvien"));
        shelf.fileSignatureImage(person.id(), SigningFixtures.transparentPng(300, 120));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFiledPkcs12SignsAndTheSignatureValidates() {
        TestPki.Issued issued = file(TestPki.shared().issue(TestPki.Subject.person(person.displayName())));
        TestActors.actAs(fixtures.actorOf("chuyenvien"));

        SignedPdf signed = signatures.sign(order(SigningFixtures.PIN));

        assertThat(signed.certificateSerial()).isEqualTo(issued.serial().toString(16));
        ValidationReport report = signatures.validate(signed.pdf());
        assertThat(report.signatures()).hasSize(1);
        assertThat(report.allValid()).as(report.toString()).isTrue();
        assertThat(report.signatures().get(0).signerName()).isEqualTo(person.displayName());
        assertThat(audited("DOCUMENT_SIGNED", issued.serial())).isTrue();
    }

    @Test
    void anExpiredCertificateIsRefusedBeforeAnythingIsSigned() {
        Instant now = Instant.now();
        TestPki.Issued expired = TestPki.shared()
                .issue(
                        TestPki.Subject.person(person.displayName()),
                        now.minus(Duration.ofDays(400)),
                        now.minus(Duration.ofDays(1)),
                        null);
        // Filing refuses expired certificates, so this one expired after it was filed.
        transactions.executeWithoutResult(status -> {
            SignerKey key = keys.findByHolderId(person.id())
                    .orElseGet(() -> new SignerKey(person.id(), HolderKind.PERSON, person.agencyId()));
            key.replace(
                    KeyMaterial.sealed(
                            expired.chain(),
                            master.seal(
                                    expired.p12(SigningFixtures.PIN),
                                    person.id().toString())),
                    "test",
                    now);
            keys.save(key);
        });

        refused(() -> signatures.sign(order(SigningFixtures.PIN)), "SIGNING_CERTIFICATE_EXPIRED");
        assertThat(audited("DOCUMENT_SIGNED", expired.serial())).isFalse();
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        Instant now = Instant.now();
        TestPki.Issued future = file(TestPki.shared()
                .issue(
                        TestPki.Subject.person(person.displayName()),
                        now.plus(Duration.ofDays(2)),
                        now.plus(Duration.ofDays(400)),
                        null));
        TestActors.actAs(fixtures.actorOf("chuyenvien"));

        refused(() -> signatures.sign(order(SigningFixtures.PIN)), "SIGNING_CERTIFICATE_NOT_YET_VALID");
        assertThat(audited("DOCUMENT_SIGNED", future.serial())).isFalse();
    }

    @Test
    void aRevokedCertificateIsRefusedWhenItsCrlIsReachableAndAnUnreachableCrlDoesNotStopSigning() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Instant now = Instant.now();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ca.crl";
        TestPki.Issued revoked = TestPki.shared()
                .issue(
                        TestPki.Subject.person(person.displayName()),
                        now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(300)),
                        url);
        byte[] crl = TestPki.shared().crl(revoked.serial());
        server.createContext("/ca.crl", exchange -> {
            exchange.sendResponseHeaders(200, crl.length);
            exchange.getResponseBody().write(crl);
            exchange.close();
        });
        server.start();
        try {
            file(revoked);
            TestActors.actAs(fixtures.actorOf("chuyenvien"));
            refused(() -> signatures.sign(order(SigningFixtures.PIN)), "SIGNING_CERTIFICATE_REVOKED");
            assertThat(audited("DOCUMENT_SIGNED", revoked.serial())).isFalse();
        } finally {
            server.stop(0);
        }

        TestPki.Issued unreachable = file(TestPki.shared()
                .issue(
                        TestPki.Subject.person(person.displayName()),
                        now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(300)),
                        url));
        TestActors.actAs(fixtures.actorOf("chuyenvien"));
        assertThat(signatures.sign(order(SigningFixtures.PIN)).certificateSerial())
                .isEqualTo(unreachable.serial().toString(16));
    }

    @Test
    void externalSigningPreparesADigestAndEmbedsAVerifiedValueOnce() {
        TestPki.Issued token = TestPki.shared().issue(TestPki.Subject.person(person.displayName()));

        ExternalSigning prepared = signatures.prepare(order(null), token.chainDer());
        byte[] data = Base64.getDecoder().decode(prepared.dataToSign());
        assertThat(Base64.getDecoder().decode(prepared.digest())).isEqualTo(sha256(data));
        assertThat(prepared.expiresAt())
                .isBetween(Instant.now().plusSeconds(500), Instant.now().plusSeconds(601));

        refused(
                () -> signatures.complete(prepared.id(), token.signRaw("something else".getBytes())),
                "SIGNING_EXTERNAL_SIGNATURE_INVALID");
        // The client tool signs the data with the token's key.
        SignedPdf signed = signatures.complete(prepared.id(), token.signRaw(data));

        ValidationReport report = signatures.validate(signed.pdf());
        assertThat(report.allValid()).as(report.toString()).isTrue();
        assertThat(report.signatures().get(0).signingTime())
                .isEqualTo(jdbc.queryForObject(
                        "select signing_time from signing.external_signing where id = ?",
                        Instant.class,
                        prepared.id()));
        refused(() -> signatures.complete(prepared.id(), token.signRaw(data)), "SIGNING_EXTERNAL_COMPLETED");
    }

    @Test
    void anExpiredExternalSigningIsRefusedAndAnExpiredCertificateIsNotPrepared() {
        TestPki.Issued token = TestPki.shared().issue(TestPki.Subject.person(person.displayName()));
        ExternalSigning prepared = signatures.prepare(order(null), token.chainDer());
        jdbc.update(
                "update signing.external_signing set expires_at = now() - interval '1 minute' where id = ?",
                prepared.id());
        byte[] data = Base64.getDecoder().decode(prepared.dataToSign());

        refused(() -> signatures.complete(prepared.id(), token.signRaw(data)), "SIGNING_EXTERNAL_EXPIRED");
        assertThat(jdbc.queryForObject(
                        "select state from signing.external_signing where id = ?", String.class, prepared.id()))
                .isEqualTo("EXPIRED");

        Instant now = Instant.now();
        TestPki.Issued expired = TestPki.shared()
                .issue(
                        TestPki.Subject.person(person.displayName()),
                        now.minus(Duration.ofDays(9)),
                        now.minus(Duration.ofDays(1)),
                        null);
        long before = jdbc.queryForObject(
                "select count(*) from signing.external_signing where holder_id = ?", Long.class, person.id());
        refused(() -> signatures.prepare(order(null), expired.chainDer()), "SIGNING_CERTIFICATE_EXPIRED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from signing.external_signing where holder_id = ?", Long.class, person.id()))
                .isEqualTo(before);
    }

    @Test
    void nobodyElseSignsWithAPersonsKeyButTheirDelegate() {
        file(TestPki.shared().issue(TestPki.Subject.person(person.displayName())));
        Actor colleague = fixtures.actorOf("lanhdaophong");
        TestActors.actAs(colleague);
        refused(() -> signatures.sign(order(SigningFixtures.PIN)), "SIGNING_NOT_YOUR_KEY");

        Actor delegate = new Actor(
                colleague.accountId(),
                colleague.username(),
                colleague.displayName(),
                colleague.agencyId(),
                colleague.unitId(),
                false,
                colleague.permissions(),
                new Actor.OnBehalfOf(person.id(), person.username(), person.displayName(), UUID.randomUUID()));
        TestActors.actAs(delegate);
        assertThat(signatures.sign(order(SigningFixtures.PIN)).pdf()).isNotEmpty();
    }

    @Test
    void theAgencyKeySignsOnlyForClerksOfThatAgency() {
        UUID skhcn = fixtures.agency("H99.10");
        SignatureOrder agencyOrder = new SignatureOrder(
                SampleLetters.decision(), SignatureLook.AGENCY, skhcn, SigningDemoData.PIN, "Hoàng Minh Giám", null);

        TestActors.actAs(SigningFixtures.clerk(fixtures.agency("H99.11")));
        refused(() -> signatures.sign(agencyOrder), "SIGNING_KEY_NOT_FOUND");
        TestActors.actAs(TestActors.staff(skhcn, "STAFF", "DOC_SIGN"));
        refused(() -> signatures.sign(agencyOrder), "SIGNING_AGENCY_KEY_CLERKS_ONLY");

        TestActors.actAs(SigningFixtures.clerk(skhcn));
        SignedPdf signed = signatures.sign(agencyOrder);
        assertThat(signed.certificateSerial())
                .isEqualTo(keys.findByHolderId(skhcn).orElseThrow().serial());
        assertThat(signatures.validate(signed.pdf()).signatures()).hasSize(1);
    }

    private TestPki.Issued file(TestPki.Issued issued) {
        TestActors.actAs(SigningFixtures.agencyAdmin(person.agencyId()));
        filing.fileServerKey(person.id(), HolderKind.PERSON, issued.p12(SigningFixtures.PIN), SigningFixtures.PIN);
        return issued;
    }

    private SignatureOrder order(String pin) {
        return new SignatureOrder(SampleLetters.decision(), SignatureLook.PERSON, person.id(), pin, null, null);
    }

    private boolean audited(String action, BigInteger serial) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from audit.entry where action = ? and after_summary like ?)",
                Boolean.class,
                action,
                "%" + serial.toString(16) + "%"));
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SenException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
