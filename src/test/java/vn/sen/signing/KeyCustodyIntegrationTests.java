package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;

/** The server key store: filing a PKCS#12, sealing it at rest, unlocking it with the PIN and its lockout. */
@SenIntegrationTest
class KeyCustodyIntegrationTests {

    @Autowired
    KeyFiling filing;

    @Autowired
    KeyCustody custody;

    @Autowired
    SignerKeys keys;

    @Autowired
    MasterKey master;

    @Autowired
    PdfSignatures signatures;

    @Autowired
    SigningFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFiledKeyIsSealedAtRestAndSignsWithItsPin() throws Exception {
        StaffView person = fixtures.person("chuyenvien");
        TestPki.Issued issued = TestPki.shared().issue(TestPki.Subject.person(person.displayName()));
        byte[] p12 = issued.p12(SigningFixtures.PIN);
        TestActors.actAs(SigningFixtures.agencyAdmin(person.agencyId()));

        CertificateOnFile filed = filing.fileServerKey(person.id(), HolderKind.PERSON, p12, SigningFixtures.PIN);

        assertThat(filed.serial()).isEqualTo(issued.serial().toString(16));
        assertThat(filed.subject()).contains(person.displayName());
        byte[] blob = jdbc.queryForObject(
                "select sealed_key from signing.signer_key where holder_id = ?", byte[].class, person.id());
        assertThat(blob).isNotEqualTo(p12).hasSize(p12.length + 16);
        assertThat(new String(blob, StandardCharsets.ISO_8859_1))
                .doesNotContain(issued.certificate().getSubjectX500Principal().getName());
        SignerKey key = keys.findByHolderId(person.id()).orElseThrow();
        assertThat(master.open(
                        new MasterKey.Sealed(blob, key.nonce()), person.id().toString()))
                .isEqualTo(p12);
        assertThatThrownBy(() -> MasterKey.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                        .open(
                                new MasterKey.Sealed(blob, key.nonce()),
                                person.id().toString()))
                .isInstanceOf(IllegalStateException.class);

        ToBeSigned data = new ToBeSigned("dữ liệu cần ký".getBytes(StandardCharsets.UTF_8));
        try (SigningKey signingKey = custody.unlock(key, SigningFixtures.PIN)) {
            assertThat(signingKey.certificate().getCertificate()).isEqualTo(issued.certificate());
            assertThat(signingKey.chain()).hasSize(1);
            SignatureValue value = signingKey.sign(data, DigestAlgorithm.SHA256);
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(issued.certificate().getPublicKey());
            verifier.update(data.getBytes());
            assertThat(verifier.verify(value.getValue())).isTrue();
        }
    }

    @Test
    void theUploadIsRefusedWithAWrongPinOrWhenItIsNoPkcs12() {
        StaffView person = fixtures.person("motcua");
        TestActors.actAs(SigningFixtures.agencyAdmin(person.agencyId()));
        byte[] p12 =
                TestPki.shared().issue(TestPki.Subject.person("Vũ Thị Một Cửa")).p12(SigningFixtures.PIN);

        assertThatThrownBy(() -> filing.fileServerKey(person.id(), HolderKind.PERSON, p12, "000000"))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("SIGNING_P12_WRONG_PIN"));
        assertThatThrownBy(() -> filing.fileServerKey(
                        person.id(), HolderKind.PERSON, "not a key store".getBytes(StandardCharsets.UTF_8), "1"))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("SIGNING_P12_UNREADABLE"));
    }

    @Test
    void anotherAgencysAdministratorCannotFileAKeyForAPerson() {
        StaffView person = fixtures.person("motcua");
        TestActors.actAs(SigningFixtures.agencyAdmin(fixtures.agency("H99.11")));
        byte[] p12 =
                TestPki.shared().issue(TestPki.Subject.person("Vũ Thị Một Cửa")).p12(SigningFixtures.PIN);

        assertThatThrownBy(() -> filing.fileServerKey(person.id(), HolderKind.PERSON, p12, SigningFixtures.PIN))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("SIGNING_HOLDER_NOT_FOUND"));
        assertThat(keys.findByHolderId(person.id()).map(SignerKey::serial)).isEmpty();
    }

    @Test
    void fiveWrongPinsLockTheKeyAndTheCountSurvivesTheRefusedRequests() {
        StaffView person = fixtures.person("lanhdaophong");
        TestActors.actAs(SigningFixtures.agencyAdmin(person.agencyId()));
        byte[] p12 = TestPki.shared()
                .issue(TestPki.Subject.person(person.displayName()))
                .p12(SigningFixtures.PIN);
        filing.fileServerKey(person.id(), HolderKind.PERSON, p12, SigningFixtures.PIN);
        TestActors.actAs(fixtures.actorOf("lanhdaophong"));
        image(person);

        for (int tries = 4; tries >= 1; tries--) {
            int left = tries;
            assertThatThrownBy(() -> signatures.sign(order(person.id(), "111111")))
                    .isInstanceOfSatisfying(SenException.class, e -> {
                        assertThat(e.code()).isEqualTo("SIGNING_WRONG_PIN");
                        assertThat(e.args()).containsExactly(left);
                    });
            assertThat(failedPins(person.id())).isEqualTo(5 - tries);
        }
        assertThatThrownBy(() -> signatures.sign(order(person.id(), "111111")))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("SIGNING_KEY_LOCKED"));
        Instant lockedUntil = jdbc.queryForObject(
                "select locked_until from signing.signer_key where holder_id = ?", Instant.class, person.id());
        assertThat(lockedUntil)
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(14)),
                        Instant.now().plus(Duration.ofMinutes(16)));
        assertThatThrownBy(() -> signatures.sign(order(person.id(), SigningFixtures.PIN)))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("SIGNING_KEY_LOCKED"));
    }

    @Test
    void theRightPinResetsTheCount() {
        StaffView person = fixtures.person("vanthu");
        TestActors.actAs(SigningFixtures.agencyAdmin(person.agencyId()));
        byte[] p12 = TestPki.shared()
                .issue(TestPki.Subject.person(person.displayName()))
                .p12(SigningFixtures.PIN);
        filing.fileServerKey(person.id(), HolderKind.PERSON, p12, SigningFixtures.PIN);
        TestActors.actAs(fixtures.actorOf("vanthu"));
        image(person);
        assertThatThrownBy(() -> signatures.sign(order(person.id(), "999999"))).isInstanceOf(SenException.class);
        assertThatThrownBy(() -> signatures.sign(order(person.id(), "999999"))).isInstanceOf(SenException.class);
        assertThat(failedPins(person.id())).isEqualTo(2);

        custody.unlock(keys.findByHolderId(person.id()).orElseThrow(), SigningFixtures.PIN)
                .close();

        assertThat(failedPins(person.id())).isZero();
    }

    private void image(StaffView person) {
        jdbc.update("delete from signing.signer_image where holder_id = ?", person.id());
        jdbc.update(
                "insert into signing.signer_image (holder_id, holder_kind, agency_id, png, width, height, uploaded_by,"
                        + " uploaded_at) values (?, 'PERSON', ?, ?, 40, 20, 'test', now())",
                person.id(),
                person.agencyId(),
                SigningFixtures.transparentPng(40, 20));
    }

    private int failedPins(UUID holderId) {
        return jdbc.queryForObject(
                "select failed_pins from signing.signer_key where holder_id = ?", Integer.class, holderId);
    }

    private static SignatureOrder order(UUID holderId, String pin) {
        return new SignatureOrder(SampleLetters.decision(), SignatureLook.PERSON, holderId, pin, null, null);
    }
}
