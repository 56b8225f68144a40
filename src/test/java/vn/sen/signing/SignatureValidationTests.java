package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sen.signing.SigningFixture.ENGINE;
import static vn.sen.signing.SigningFixture.PKI;
import static vn.sen.signing.SigningFixture.VALIDATION;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureValidationTests {

    @Test
    void unsignedPdfGivesAnEmptyReport() {
        ValidationReport report = VALIDATION.validate(SampleLetters.appendix());
        assertThat(report.signatures()).isEmpty();
        assertThat(report.allValid()).isFalse();
    }

    @Test
    void changedSignedContentFailsWithAVietnameseError() {
        byte[] signed = SigningFixture.signPerson(SampleLetters.decision()).pdf();
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "/ByteRange") / 2; // well inside the first signed range
        tampered[at] = (byte) (tampered[at] ^ 0x01);

        SignatureCheck check = VALIDATION.validate(tampered).signatures().get(0);
        assertThat(check.valid()).isFalse();
        assertThat(check.intact()).isFalse();
        assertThat(check.errors()).anySatisfy(e -> assertThat(e).contains("thay đổi"));
    }

    @Test
    void bytesInsertedIntoTheSignedRangeFail() {
        byte[] signed = SigningFixture.signPerson(SampleLetters.decision()).pdf();
        int at = indexOf(signed, "/ByteRange") / 2;
        byte[] inserted = new byte[signed.length + 3];
        System.arraycopy(signed, 0, inserted, 0, at);
        System.arraycopy(new byte[] {' ', ' ', ' '}, 0, inserted, at, 3);
        System.arraycopy(signed, at, inserted, at + 3, signed.length - at);

        ValidationReport report = VALIDATION.validate(inserted);
        assertThat(report.allValid()).isFalse();
        assertThat(report.signatures()).allSatisfy(c -> assertThat(c.errors()).isNotEmpty());
    }

    @Test
    void bytesAppendedAfterTheSignatureAreReported() {
        byte[] signed = SigningFixture.signPerson(SampleLetters.decision()).pdf();
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("\n% appended\n".getBytes(), 0, appended, signed.length, 12);

        SignatureCheck check = VALIDATION.validate(appended).signatures().get(0);
        assertThat(check.coversWholeDocument()).isFalse();
        assertThat(check.modifications()).isNotEmpty();
    }

    @Test
    void expiredCertificateIsReported() {
        Instant now = Instant.now();
        TestPki.Issued expired = PKI.issue(
                TestPki.Subject.person("Trần Thị Hết Hạn"),
                now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(2)),
                null);
        byte[] pdf = ENGINE.sign(
                        SampleLetters.appendix(),
                        SigningFixture.attachment("01/TB-SKHCN"),
                        expired.signingKey(),
                        now.minus(Duration.ofDays(10)))
                .pdf();

        SignatureCheck check = VALIDATION.validate(pdf).signatures().get(0);
        assertThat(check.valid()).isFalse();
        assertThat(check.intact()).isTrue();
        assertThat(check.certificateValidTo()).isBefore(now);
        assertThat(check.errors()).anySatisfy(e -> assertThat(e).containsAnyOf("hết hạn", "hết hiệu lực", "thời hạn"));
    }

    @Test
    void notYetValidCertificateIsReported() {
        Instant now = Instant.now();
        TestPki.Issued early = PKI.issue(
                TestPki.Subject.person("Lê Văn Chưa Tới"),
                now.plus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(400)),
                null);
        byte[] pdf = ENGINE.sign(
                        SampleLetters.appendix(),
                        SigningFixture.attachment("02/TB-SKHCN"),
                        early.signingKey(),
                        now.plus(Duration.ofDays(11)))
                .pdf();

        SignatureCheck check = VALIDATION.validate(pdf).signatures().get(0);
        assertThat(check.valid()).isFalse();
        assertThat(check.certificateValidFrom()).isAfter(now);
        assertThat(check.errors()).isNotEmpty();
    }

    @Test
    void revokedCertificateIsReportedWhenItsCrlIsReachable() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/root.crl";
            Instant now = Instant.now();
            TestPki.Issued revoked = PKI.issue(
                    TestPki.Subject.person("Phạm Văn Thu Hồi"),
                    now.minus(Duration.ofDays(30)),
                    now.plus(Duration.ofDays(300)),
                    url);
            byte[] crl = PKI.crl(revoked.serial());
            server.createContext("/root.crl", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
                exchange.sendResponseHeaders(200, crl.length);
                exchange.getResponseBody().write(crl);
                exchange.close();
            });
            server.start();
            byte[] pdf = ENGINE.sign(
                            SampleLetters.appendix(),
                            SigningFixture.attachment("03/TB-SKHCN"),
                            revoked.signingKey(),
                            now.minus(Duration.ofHours(1)))
                    .pdf();

            SigningSettings online = new SigningSettings(null, true, List.of(), List.of(), false, 36);
            SignatureCheck check =
                    SigningFixture.validation(online).validate(pdf).signatures().get(0);
            assertThat(check.revocation()).isEqualTo("REVOKED");
            assertThat(check.valid()).isFalse();
            assertThat(check.errors()).anySatisfy(e -> assertThat(e).contains("thu hồi"));
        } finally {
            server.stop(0);
        }
    }

    private static int indexOf(byte[] data, String marker) {
        byte[] m = marker.getBytes();
        outer:
        for (int i = 0; i <= data.length - m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (data[i + j] != m[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException(marker);
    }
}
