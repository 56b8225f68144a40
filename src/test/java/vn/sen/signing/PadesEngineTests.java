package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sen.signing.SigningFixture.AGENCY;
import static vn.sen.signing.SigningFixture.ENGINE;
import static vn.sen.signing.SigningFixture.PERSON;
import static vn.sen.signing.SigningFixture.VALIDATION;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.sen.shared.error.SenException;

class PadesEngineTests {

    @Test
    void personThenIssueMarksThenAgencyAllValidateWithDssAndPoppler() throws Exception {
        SignedPdf person = SigningFixture.signPerson(SampleLetters.decision());
        assertThat(person.level()).isEqualTo("PAdES-BASELINE-B");
        assertThat(person.signerName()).isEqualTo(SampleLetters.SIGNER_NAME);
        assertThat(VALIDATION.validate(person.pdf()).allValid()).isTrue();

        byte[] marked = new IssueMarking()
                .write(person.pdf(), new IssueMarks("Số: 05/QĐ-SKHCN", "Sen Hồng, ngày 05 tháng 02 năm 2026"));
        assertThat(VALIDATION.validate(marked).allValid()).isTrue();

        SignedPdf agency = ENGINE.sign(marked, SigningFixture.agency(), AGENCY.signingKey(), Instant.now());
        ValidationReport report = VALIDATION.validate(agency.pdf());
        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures()).allSatisfy(check -> {
            assertThat(check.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(check.intact()).isTrue();
            assertThat(check.chainTrusted()).isTrue();
            assertThat(check.issuerName()).isEqualTo("Sen Test Root CA");
        });
        SignatureCheck first = report.signatures().get(0);
        assertThat(first.signerName()).isEqualTo(SampleLetters.SIGNER_NAME);
        assertThat(first.organization()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(first.coversWholeDocument()).isFalse();
        assertThat(first.modifications()).isNotEmpty();
        assertThat(report.signatures().get(1).coversWholeDocument()).isTrue();

        String pdfsig = SigningFixture.pdfsig(agency.pdf(), "decision-signed");
        assertThat(SigningFixture.validSignatures(pdfsig)).as(pdfsig).hasSize(2);

        try (PDDocument document = Loader.loadPDF(agency.pdf())) {
            String page1 = new PDFTextStripper().getText(document);
            // the original content is untouched; the marks are annotations over it
            assertThat(page1).contains("Sen Hồng, ngày tháng năm 2026");
            assertThat(document.getPage(0).getAnnotations())
                    .anySatisfy(a -> assertThat(a.getContents()).isEqualTo("Số: 05/QĐ-SKHCN"));
            java.util.List<PDAnnotationWidget> found = new java.util.ArrayList<>();
            document.getDocumentCatalog().getAcroForm().getFieldTree().forEach(f -> {
                if (f instanceof PDSignatureField field) {
                    found.add(field.getWidgets().get(0));
                }
            });
            PDAnnotationWidget[] widgets = found.toArray(PDAnnotationWidget[]::new);
            assertThat(widgets).hasSize(2);
            var signature = widgets[0].getRectangle();
            var seal = widgets[1].getRectangle();
            // The seal overlaps about the left third of the signature image (Appendix I §II.8.a).
            float overlap = seal.getUpperRightX() - signature.getLowerLeftX();
            assertThat(overlap / signature.getWidth()).isBetween(0.25f, 0.42f);
            assertThat(seal.getWidth()).isCloseTo(36 * 72 / 25.4f, org.assertj.core.data.Offset.offset(0.5f));
        }
        SigningFixture.screenshot(agency.pdf(), "decision-page2", 2);
        SigningFixture.screenshot(agency.pdf(), "decision-page1", 1);
    }

    @Test
    void personImageIsCentredOverTheNameBetweenTitleAndName() throws Exception {
        SignedPdf person = SigningFixture.signPerson(SampleLetters.decision());
        try (PDDocument document = Loader.loadPDF(person.pdf())) {
            AppearanceLayout.Slot slot = SignatureWidgets.lastVisible(document);
            PageText text = PageText.read(document, 2, 2);
            PageText.Box name = text.lastOccurrence(SampleLetters.SIGNER_NAME);
            PageText.Box title = text.lastOccurrence("PHÓ GIÁM ĐỐC");
            assertThat(slot).isNotNull();
            assertThat(slot.page()).isEqualTo(2);
            assertThat(slot.left() + slot.width() / 2)
                    .isCloseTo(name.centreX(), org.assertj.core.data.Offset.offset(1f));
            assertThat(slot.top()).isGreaterThanOrEqualTo(title.bottom());
            assertThat(slot.top() + slot.height()).isLessThanOrEqualTo(name.top());
            float above = slot.top() - title.bottom();
            float below = name.top() - (slot.top() + slot.height());
            assertThat(Math.abs(above - below)).isLessThan(3f);
        }
    }

    @Test
    void attachmentShowsNumberAndIsoTimeTopRightWithoutImage() throws Exception {
        Instant at = Instant.parse("2026-03-05T07:30:15Z");
        TestPki.Issued agency = SigningFixture.PKI.issue(
                TestPki.Subject.agency("Sở Khoa học và Công nghệ tỉnh Sen Hồng"),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.now().plus(Duration.ofDays(365)),
                null);
        SignedPdf signed = ENGINE.sign(
                SampleLetters.appendix(), SigningFixture.attachment("05/QĐ-SKHCN"), agency.signingKey(), at);
        assertThat(VALIDATION.validate(signed.pdf()).allValid()).isTrue();
        try (PDDocument document = Loader.loadPDF(signed.pdf())) {
            AppearanceLayout.Slot slot = SignatureWidgets.lastVisible(document);
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            assertThat(slot.page()).isEqualTo(1);
            assertThat(slot.left() + slot.width())
                    .isCloseTo(pageWidth - 15 * 72 / 25.4f, org.assertj.core.data.Offset.offset(2f));
            assertThat(slot.top()).isLessThan(40);
        }
        assertThat(Files.readAllBytes(SigningFixture.write(signed.pdf(), "appendix.pdf")))
                .isNotEmpty();
        String text = pdftotext(signed.pdf());
        assertThat(text).contains("05/QĐ-SKHCN").contains("2026-03-05T14:30:15+07:00");
        assertThat(SigningFixture.validSignatures(SigningFixture.pdfsig(signed.pdf(), "appendix-signed")))
                .hasSize(1);
        SigningFixture.screenshot(signed.pdf(), "appendix-page1", 1);
    }

    @Test
    void externalFlowWithRawRsaSignatureGivesAValidSignature() {
        byte[] pdf = SampleLetters.decision();
        Instant at = Instant.now();
        ToBeSigned data = ENGINE.dataToSign(pdf, SigningFixture.person(), PERSON.token(), PERSON.issuerTokens(), at);
        byte[] raw = PERSON.signRaw(data.getBytes()); // what a USB token's client tool returns
        SignedPdf signed = ENGINE.embed(
                pdf,
                SigningFixture.person(),
                PERSON.token(),
                PERSON.issuerTokens(),
                at,
                new SignatureValue(SignatureAlgorithm.RSA_SHA256, raw));
        ValidationReport report = VALIDATION.validate(signed.pdf());
        assertThat(report.allValid()).as("%s", report).isTrue();
    }

    @Test
    void encryptedAndNonPdfFilesAreRefusedInVietnamese() throws Exception {
        byte[] encrypted;
        try (PDDocument document = Loader.loadPDF(SampleLetters.appendix())) {
            document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            encrypted = out.toByteArray();
        }
        assertThatThrownBy(() -> SigningFixture.signPerson(encrypted))
                .isInstanceOf(SenException.class)
                .extracting(e -> ((SenException) e).code())
                .isEqualTo("SIGNING_PDF_ENCRYPTED");
        assertThatThrownBy(() -> SigningFixture.signPerson("không phải PDF".getBytes()))
                .extracting(e -> ((SenException) e).code())
                .isEqualTo("SIGNING_PDF_UNREADABLE");
        assertThat(ValidationMessages.optional("error.SIGNING_PDF_ENCRYPTED")).contains("mật khẩu");
    }

    @Test
    void expiredCertificateIsRefusedBeforeSigning() {
        Instant now = Instant.now();
        TestPki.Issued expired = SigningFixture.PKI.issue(
                TestPki.Subject.person("Trần Thị Hết Hạn"),
                now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1)),
                null);
        assertThatThrownBy(
                        () -> ENGINE.sign(SampleLetters.decision(), SigningFixture.person(), expired.signingKey(), now))
                .extracting(e -> ((SenException) e).code())
                .isEqualTo("SIGNING_CERTIFICATE_EXPIRED");
    }

    private static String pdftotext(byte[] pdf) throws Exception {
        var file = SigningFixture.write(pdf, "pdftotext-input.pdf");
        Process process = new ProcessBuilder("pdftotext", file.toString(), "-").start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }
}
