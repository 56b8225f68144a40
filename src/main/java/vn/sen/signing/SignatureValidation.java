package vn.sen.signing;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Validates the signatures of a PDF (xác thực chữ ký số) with EU DSS and its default validation policy against the
 * configured trust anchors. A PDF changed after signing gives a failed check, never an exception.
 */
@Component
class SignatureValidation {

    private final CommonCertificateVerifier verifier;
    /** Parsing the default policy XML costs tens of milliseconds; it is immutable, so it is read once. */
    private final ValidationPolicy policy;

    private final PdfBoxNativeObjectFactory pdfObjects;

    SignatureValidation(SigningSettings settings, TrustAnchors anchors) {
        verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(anchors.source());
        verifier.setCrlSource(anchors.revocationLists());
        if (settings.onlineRevocation()) {
            verifier.setOcspSource(new OnlineOCSPSource(OnlineSources.loader()));
        }
        policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
        pdfObjects = new PdfBoxNativeObjectFactory();
        if (!settings.visualComparison()) {
            DefaultPdfDifferencesFinder differences = new DefaultPdfDifferencesFinder();
            differences.setMaximalPagesAmountForVisualComparison(0);
            pdfObjects.setPdfDifferencesFinder(differences);
        }
    }

    ValidationReport validate(byte[] pdf) {
        Instant now = Instant.now();
        if (!looksSigned(pdf)) {
            // Still refuse what is not a PDF at all, so a caller does not mistake garbage for "unsigned".
            PdfInput.requireSignable(pdf);
            return new ValidationReport(List.of(), now);
        }
        Reports reports;
        try {
            PDFDocumentValidator validator =
                    new PDFDocumentValidator(new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF));
            validator.setCertificateVerifier(verifier);
            validator.setPdfObjFactory(pdfObjects);
            validator.setLocale(Locale.ENGLISH);
            reports = validator.validateDocument(policy);
        } catch (DSSException | IllegalArgumentException | IllegalStateException e) {
            // The structure is broken beyond what DSS can read: report one failed signature rather than throw.
            return new ValidationReport(List.of(ReportReading.unreadable()), now);
        }
        return new ValidationReport(ReportReading.checks(reports, pdf.length), now);
    }

    /** A signed PDF carries a /ByteRange; scanning for it avoids DSS's cost for the many unsigned files. */
    private static boolean looksSigned(byte[] pdf) {
        byte[] marker = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= pdf.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (pdf[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
