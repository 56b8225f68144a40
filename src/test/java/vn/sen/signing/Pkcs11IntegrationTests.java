package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;

/**
 * A key on a PKCS#11 token (SoftHSM2 standing in for a USB token or an HSM): initialised and loaded with keytool
 * as separate processes, then filed by its alias and used through the {@link SigningKey} port.
 *
 * <p>SoftHSM2 reads its configuration from {@code SOFTHSM2_CONF}, which a running JVM cannot set for itself: when
 * the test JVM has it, the test writes that file (tokens under a temporary directory); otherwise the library uses
 * the system default ({@code /etc/softhsm/softhsm2.conf}) and the test's token, under a unique label, is deleted
 * afterwards.
 */
@SenIntegrationTest
class Pkcs11IntegrationTests {

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    @Autowired
    KeyFiling filing;

    @Autowired
    KeyCustody custody;

    @Autowired
    SignerKeys keys;

    @Autowired
    PdfSignatures signatures;

    @Autowired
    SigningFixtures fixtures;

    @TempDir
    Path dir;

    private final String label = "sen-" + UUID.randomUUID().toString().substring(0, 8);
    private boolean tokenCreated;

    @AfterEach
    void clear() throws Exception {
        SecurityContextHolder.clearContext();
        if (tokenCreated) {
            run("softhsm2-util", "--delete-token", "--token", label);
        }
    }

    @Test
    void aKeyOnTheTokenSignsWithItsPinAndAWrongPinCounts() throws Exception {
        assumeTrue(Files.exists(LIBRARY), "SoftHSM2 is not installed");
        prepareConfiguration();
        long slot = initToken();
        TestPki.Issued issued = TestPki.shared().issue(TestPki.Subject.person("Đặng Văn Nội"));
        importKey(issued, slot);
        StaffView person = fixtures.person("vanthu.snv");
        TestActors.actAs(SigningFixtures.agencyAdmin(person.agencyId()));

        CertificateOnFile filed =
                filing.fileTokenKey(person.id(), HolderKind.PERSON, "signer", slot, SigningFixtures.PIN);

        assertThat(filed.provider()).isEqualTo("PKCS11");
        assertThat(filed.serial()).isEqualTo(issued.serial().toString(16));
        SignerKey key = keys.findByHolderId(person.id()).orElseThrow();
        assertThat(key.sealedKey()).isNull();
        ToBeSigned data = new ToBeSigned("ký bằng token".getBytes(StandardCharsets.UTF_8));
        try (SigningKey onToken = custody.unlock(key, SigningFixtures.PIN)) {
            SignatureValue value = onToken.sign(data, DigestAlgorithm.SHA256);
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(issued.certificate().getPublicKey());
            verifier.update(data.getBytes());
            assertThat(verifier.verify(value.getValue())).isTrue();
        }
        // The earlier login must not open the token for a wrong PIN.
        assertThatThrownBy(() -> custody.unlock(key, "000000")).isInstanceOfSatisfying(SenException.class, e -> {
            assertThat(e.code()).isEqualTo("SIGNING_WRONG_PIN");
            assertThat(e.args()).containsExactly(4);
        });
    }

    /** When the JVM was given SOFTHSM2_CONF, the library reads that file: put our token directory there. */
    private void prepareConfiguration() throws IOException {
        String configured = System.getenv("SOFTHSM2_CONF");
        if (configured == null) {
            return;
        }
        Path conf = Path.of(configured);
        Path tokens = conf.toAbsolutePath().getParent().resolve("softhsm-tokens");
        Files.createDirectories(tokens);
        if (!Files.exists(conf)) {
            Files.writeString(
                    conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        }
    }

    private long initToken() throws Exception {
        String out = run(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                label,
                "--pin",
                SigningFixtures.PIN,
                "--so-pin",
                "12345678");
        tokenCreated = true;
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
        assertThat(slot.find()).as(out).isTrue();
        return Long.parseLong(slot.group(1));
    }

    /** keytool, as an administrator would, copies the PKCS#12 entry onto the token. */
    private void importKey(TestPki.Issued issued, long slot) throws Exception {
        Path p12 = dir.resolve("signer.p12");
        Files.write(p12, issued.p12(SigningFixtures.PIN));
        Path cfg = dir.resolve("pkcs11.cfg");
        Files.writeString(cfg, "name = SenTest\nlibrary = " + LIBRARY + "\nslot = " + slot + "\n");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(
                keytool,
                "-importkeystore",
                "-noprompt",
                "-srckeystore",
                p12.toString(),
                "-srcstoretype",
                "PKCS12",
                "-srcstorepass",
                SigningFixtures.PIN,
                "-destkeystore",
                "NONE",
                "-deststoretype",
                "PKCS11",
                "-deststorepass",
                SigningFixtures.PIN,
                "-addprovider",
                "SunPKCS11",
                "-providerArg",
                cfg.toString());
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + out)
                .isZero();
        return out;
    }
}
