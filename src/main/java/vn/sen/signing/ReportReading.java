package vn.sen.signing;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns DSS's simple report and diagnostic data into Sen's {@link SignatureCheck}s, in Vietnamese. */
final class ReportReading {

    private ReportReading() {}

    static List<SignatureCheck> checks(Reports reports, long fileLength) {
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SignatureWrapper> signatures = new ArrayList<>(diagnostic.getSignatures());
        // Signing order = order of the byte ranges' ends in the file.
        signatures.sort(Comparator.comparing(ReportReading::signedLength));
        List<SignatureCheck> checks = new ArrayList<>();
        for (SignatureWrapper signature : signatures) {
            checks.add(check(simple, signature, fileLength));
        }
        return checks;
    }

    static SignatureCheck unreadable() {
        String text = ValidationMessages.text("signing.validation.unreadable");
        return new SignatureCheck(
                "",
                null,
                null,
                null,
                null,
                null,
                "TOTAL_FAILED",
                "FORMAT_FAILURE",
                false,
                false,
                "UNKNOWN",
                false,
                List.of(),
                "",
                List.of(text),
                List.of());
    }

    private static SignatureCheck check(SimpleReport simple, SignatureWrapper signature, long fileLength) {
        String id = signature.getId();
        Indication indication = simple.getIndication(id);
        SubIndication sub = simple.getSubIndication(id);
        CertificateWrapper certificate = signature.getSigningCertificate();
        boolean intact = signature.isSignatureIntact() && digestsIntact(signature);
        long signedLength = signedLength(signature);
        boolean wholeDocument = signedLength == fileLength;
        List<String> errors = new ArrayList<>();
        if (sub != null) {
            errors.add(ValidationMessages.subIndication(sub.name(), null));
        }
        if (!intact) {
            errors.add(ValidationMessages.text("signing.validation.not-intact"));
        }
        if (indication != Indication.TOTAL_PASSED && certificate != null) {
            // DSS words an expired certificate as missing revocation data (CRLs drop expired certificates);
            // say what a reader needs to know first.
            Date now = simple.getValidationTime();
            if (certificate.getNotAfter() != null && certificate.getNotAfter().before(now)) {
                errors.add(
                        0,
                        ValidationMessages.text(
                                "signing.validation.certificate-expired", day(certificate.getNotAfter())));
            } else if (certificate.getNotBefore() != null
                    && certificate.getNotBefore().after(now)) {
                errors.add(
                        0,
                        ValidationMessages.text(
                                "signing.validation.certificate-not-yet-valid", day(certificate.getNotBefore())));
            }
        }
        errors.addAll(texts(simple.getAdESValidationErrors(id)));
        List<String> warnings = texts(simple.getAdESValidationWarnings(id));
        return new SignatureCheck(
                certificate == null || certificate.getCommonName() == null ? "" : certificate.getCommonName(),
                certificate == null ? null : certificate.getOrganizationName(),
                issuerName(signature),
                instant(simple.getSigningTime(id)),
                certificate == null ? null : instant(certificate.getNotBefore()),
                certificate == null ? null : instant(certificate.getNotAfter()),
                indication == null ? "INDETERMINATE" : indication.name(),
                sub == null ? null : sub.name(),
                intact,
                signature.isTrustedChain(),
                revocation(certificate),
                wholeDocument,
                wholeDocument ? List.of() : modifications(signature.getPDFRevision()),
                signature.getSignatureFormat() == null ? "" : PadesEngine.levelName(signature.getSignatureFormat()),
                List.copyOf(new LinkedHashSet<>(errors)),
                warnings);
    }

    private static boolean digestsIntact(SignatureWrapper signature) {
        List<XmlDigestMatcher> matchers = signature.getDigestMatchers();
        return !matchers.isEmpty() && matchers.stream().allMatch(m -> m.isDataFound() && m.isDataIntact());
    }

    private static @Nullable String issuerName(SignatureWrapper signature) {
        List<CertificateWrapper> chain = signature.getCertificateChain();
        return chain.size() > 1 ? chain.get(1).getCommonName() : null;
    }

    /** REVOKED if any revocation data says so, GOOD if some says it is known and not revoked, else UNKNOWN. */
    private static String revocation(@Nullable CertificateWrapper certificate) {
        if (certificate == null) {
            return "UNKNOWN";
        }
        List<CertificateRevocationWrapper> data = certificate.getCertificateRevocationData();
        if (data.stream().anyMatch(CertificateRevocationWrapper::isRevoked)) {
            return "REVOKED";
        }
        return data.stream().anyMatch(CertificateRevocationWrapper::isKnown) ? "GOOD" : "UNKNOWN";
    }

    /** What was appended after the signature, in the categories DSS tells apart. */
    private static List<String> modifications(@Nullable PDFRevisionWrapper revision) {
        List<String> found = new ArrayList<>();
        if (revision == null) {
            return List.of(ValidationMessages.text("signing.validation.modification.appended"));
        }
        if (!revision.getPdfSignatureOrFormFillChanges().isEmpty()) {
            found.add(ValidationMessages.text("signing.validation.modification.signature"));
        }
        if (!revision.getPdfAnnotationChanges().isEmpty()) {
            found.add(ValidationMessages.text("signing.validation.modification.annotation"));
        }
        if (!revision.getPdfExtensionChanges().isEmpty()) {
            found.add(ValidationMessages.text("signing.validation.modification.extension"));
        }
        if (!revision.getPdfUndefinedChanges().isEmpty()) {
            found.add(ValidationMessages.text("signing.validation.modification.undefined"));
        }
        if (!revision.getPdfPageDifferenceConcernedPages().isEmpty()) {
            found.add(ValidationMessages.text("signing.validation.modification.pages"));
        }
        if (!revision.getPdfVisualDifferenceConcernedPages().isEmpty()) {
            found.add(ValidationMessages.text(
                    "signing.validation.modification.visual", pages(revision.getPdfVisualDifferenceConcernedPages())));
        }
        if (found.isEmpty()) {
            found.add(ValidationMessages.text("signing.validation.modification.appended"));
        }
        return found;
    }

    private static String pages(List<BigInteger> pages) {
        return String.join(", ", pages.stream().map(BigInteger::toString).toList());
    }

    private static long signedLength(SignatureWrapper signature) {
        PDFRevisionWrapper revision = signature.getPDFRevision();
        if (revision == null || revision.getSignatureByteRange().size() != 4) {
            return -1;
        }
        List<BigInteger> range = revision.getSignatureByteRange();
        return range.get(2).add(range.get(3)).longValue();
    }

    private static List<String> texts(List<Message> messages) {
        Set<String> texts = new LinkedHashSet<>();
        for (Message message : messages) {
            String vietnamese = ValidationMessages.optional("signing.validation.dss." + message.getKey());
            texts.add(vietnamese == null ? message.getValue() : vietnamese);
        }
        return List.copyOf(texts);
    }

    private static String day(Date date) {
        return AppearanceLayout.VIETNAM_TIME.format(date.toInstant());
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
