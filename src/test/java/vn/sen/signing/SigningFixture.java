package vn.sen.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One engine, validator and pair of signers for the signing tests of this JVM (RSA key generation and DSS's first
 * validation are the slow parts), and helpers for poppler's independent checks.
 */
final class SigningFixture {

    static final TestPki PKI = TestPki.shared();
    static final TestPki.Issued PERSON = PKI.issue(TestPki.Subject.person(SampleLetters.SIGNER_NAME));
    static final TestPki.Issued AGENCY = PKI.issue(TestPki.Subject.agency("Sở Khoa học và Công nghệ tỉnh Sen Hồng"));
    static final byte[] SIGNATURE_IMAGE = TestImages.signature();
    static final byte[] SEAL_IMAGE = TestImages.seal();
    static final PadesEngine ENGINE = new PadesEngine(SigningSettings.offline());
    static final SignatureValidation VALIDATION = validationWithRootCrl();

    private SigningFixture() {}

    static SignatureValidation validation(SigningSettings settings) {
        TrustAnchors anchors = new TrustAnchors(settings);
        anchors.add(PKI.rootToken());
        return new SignatureValidation(settings, anchors);
    }

    /** Offline, trusting the test root, with its current (empty) CRL as revocation data. */
    private static SignatureValidation validationWithRootCrl() {
        SigningSettings settings = SigningSettings.offline();
        TrustAnchors anchors = new TrustAnchors(settings);
        anchors.add(PKI.rootToken());
        anchors.addRevocationList(PKI.crl());
        return new SignatureValidation(settings, anchors);
    }

    static Appearance person() {
        return new Appearance(SignatureLook.PERSON, SIGNATURE_IMAGE, 36, SampleLetters.SIGNER_NAME, null);
    }

    static Appearance agency() {
        return new Appearance(SignatureLook.AGENCY, SEAL_IMAGE, 36, SampleLetters.SIGNER_NAME, null);
    }

    static Appearance attachment(String mark) {
        return new Appearance(SignatureLook.ATTACHMENT, null, 36, null, mark);
    }

    static SignedPdf signPerson(byte[] pdf) {
        return ENGINE.sign(pdf, person(), PERSON.signingKey(), Instant.now());
    }

    /** pdfsig's report (poppler, an implementation independent of DSS and PDFBox). */
    static String pdfsig(byte[] pdf, String name) throws IOException, InterruptedException {
        Path file = write(pdf, name + ".pdf");
        Process process = new ProcessBuilder("/usr/bin/pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    /** Renders a page with pdftoppm -r 80 into target/screenshots/signing-NAME.png, for a person to look at. */
    static Path screenshot(byte[] pdf, String name, int page) throws IOException, InterruptedException {
        Path file = write(pdf, name + ".pdf");
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path prefix = dir.resolve("signing-" + name);
        Process process = new ProcessBuilder(
                        "pdftoppm",
                        "-r",
                        "80",
                        "-png",
                        "-singlefile",
                        "-f",
                        String.valueOf(page),
                        "-l",
                        String.valueOf(page),
                        file.toString(),
                        prefix.toString())
                .redirectErrorStream(true)
                .start();
        process.getInputStream().readAllBytes();
        process.waitFor(60, TimeUnit.SECONDS);
        return Path.of(prefix + ".png");
    }

    static Path write(byte[] pdf, String fileName) throws IOException {
        Path dir = Path.of("target", "signing");
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        Files.write(file, pdf);
        return file;
    }

    static List<String> validSignatures(String pdfsigOutput) {
        return pdfsigOutput
                .lines()
                .filter(l -> l.contains("Signature is Valid."))
                .toList();
    }
}
