package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sen.SenIntegrationTest;

/** The engine, the marking and the validation wire as beans and work together through the facade. */
@SenIntegrationTest
class SigningIntegrationTests {

    @Autowired
    PadesEngine engine;

    @Autowired
    PdfSignatures signatures;

    @Autowired
    TrustAnchors anchors;

    @Test
    void signedMarkedAndValidatedThroughTheBeans() {
        anchors.add(SigningFixture.PKI.rootToken());
        anchors.addRevocationList(SigningFixture.PKI.crl());
        SignedPdf person = engine.sign(
                SampleLetters.decision(), SigningFixture.person(), SigningFixture.PERSON.signingKey(), Instant.now());
        byte[] marked = signatures.writeIssueMarks(
                person.pdf(), new IssueMarks("Số: 07/QĐ-SKHCN", "Sen Hồng, ngày 09 tháng 02 năm 2026"));

        ValidationReport report = signatures.validate(marked);
        assertThat(report.allValid()).as("%s", report).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(c -> {
            assertThat(c.signerName()).isEqualTo(SampleLetters.SIGNER_NAME);
            assertThat(c.modifications()).isNotEmpty();
        });
    }
}
