package vn.sen.signing;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.client.http.NativeHTTPDataLoader;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;

/**
 * PAdES signing with EU DSS: BASELINE-B always, B-T when a timestamp authority is configured, B-LT when revocation
 * data is reachable; SHA-256; the visible appearance laid out per Decree 30/2020 Appendix I.
 *
 * <p>The DSS service and its certificate verifier are built once: they hold no per-signature state, and building
 * them per call showed up in the benchmark.
 */
@Component
class PadesEngine {

    static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    private final PAdESService service;
    private final SignatureLevel level;

    PadesEngine(SigningSettings settings) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        // Validity is checked by CertificateChecks with a Vietnamese message; DSS would throw an English one.
        verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
        verifier.setAlertOnNotYetValidCertificate(new SilentOnStatusAlert());
        boolean timestamped = settings.tsaUrl() != null;
        if (settings.onlineRevocation()) {
            NativeHTTPDataLoader loader = OnlineSources.loader();
            verifier.setCrlSource(new OnlineCRLSource(loader));
            verifier.setOcspSource(new OnlineOCSPSource(loader));
        }
        service = new PAdESService(verifier);
        PdfBoxNativeObjectFactory pdf = new InkDrawing();
        PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
        // Decree 30 wants the agency seal over the left third of the person's signature: an overlap DSS would
        // otherwise refuse.
        positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
        pdf.setPdfSignatureFieldPositionChecker(positions);
        pdf.setResourcesHandlerBuilder(new MemoryResources());
        service.setPdfObjFactory(pdf);
        if (timestamped) {
            service.setTspSource(new OnlineTSPSource(settings.tsaUrl(), OnlineSources.loader()));
        }
        level = !timestamped
                ? SignatureLevel.PAdES_BASELINE_B
                : settings.onlineRevocation() ? SignatureLevel.PAdES_BASELINE_LT : SignatureLevel.PAdES_BASELINE_T;
    }

    /** Signs in one go with a key Sen holds. */
    SignedPdf sign(byte[] pdf, Appearance appearance, SigningKey key, Instant signingTime) {
        CertificateToken certificate = key.certificate();
        List<CertificateToken> chain = key.chain();
        Prepared prepared = prepare(pdf, appearance, certificate, chain, signingTime);
        try {
            ToBeSigned data = service.getDataToSign(prepared.document, prepared.parameters);
            SignatureValue value = key.sign(data, DIGEST);
            return finish(prepared, value);
        } catch (DSSException e) {
            throw refusal(e);
        }
    }

    /** The data an external signer must sign; {@link #embed} with the same arguments finishes the signature. */
    ToBeSigned dataToSign(
            byte[] pdf,
            Appearance appearance,
            CertificateToken certificate,
            List<CertificateToken> chain,
            Instant signingTime) {
        Prepared prepared = prepare(pdf, appearance, certificate, chain, signingTime);
        try {
            return service.getDataToSign(prepared.document, prepared.parameters);
        } catch (DSSException e) {
            throw refusal(e);
        }
    }

    /**
     * Embeds an externally made signature value. DSS derives the PDF's /ID and the signature dictionary's /M from
     * the signing time, so the same arguments rebuild byte for byte the revision whose digest was signed.
     */
    SignedPdf embed(
            byte[] pdf,
            Appearance appearance,
            CertificateToken certificate,
            List<CertificateToken> chain,
            Instant signingTime,
            SignatureValue value) {
        Prepared prepared = prepare(pdf, appearance, certificate, chain, signingTime);
        try {
            return finish(prepared, value);
        } catch (DSSException e) {
            throw refusal(e);
        }
    }

    /** The PAdES level this engine produces with its settings. */
    String level() {
        return levelName(level);
    }

    private Prepared prepare(
            byte[] pdf,
            Appearance appearance,
            CertificateToken certificate,
            List<CertificateToken> chain,
            Instant signingTime) {
        CertificateChecks.requireValidAt(certificate, signingTime);
        // DSS stores whole seconds; rounding here keeps dataToSign and embed identical even if a caller passes
        // an Instant with nanoseconds.
        Instant time = Instant.ofEpochSecond(signingTime.getEpochSecond());
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        PDDocument document = PdfInput.open(pdf);
        try {
            parameters.setImageParameters(AppearanceLayout.layout(document, appearance, time));
        } finally {
            PdfInput.close(document);
        }
        parameters.setSignatureLevel(level);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(certificate);
        List<CertificateToken> all = new ArrayList<>();
        all.add(certificate);
        all.addAll(chain);
        parameters.setCertificateChain(all);
        parameters.bLevel().setSigningDate(Date.from(time));
        parameters.setSigningTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        parameters.setSignerName(commonName(certificate));
        parameters.setAppName("Sen");
        // With its type given, DSS does not look the type up by the name through a ServiceLoader scan per document.
        return new Prepared(new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF), parameters, time);
    }

    private SignedPdf finish(Prepared prepared, SignatureValue value) {
        DSSDocument signed = service.signDocument(prepared.document, prepared.parameters, value);
        CertificateToken certificate = prepared.parameters.getSigningCertificate();
        return new SignedPdf(
                bytes(signed),
                commonName(certificate),
                certificate.getSerialNumber().toString(16),
                prepared.time,
                levelName(level));
    }

    private static SenException refusal(DSSException e) {
        // DSS says what went wrong in English; log-free mapping to the one message a signer can act on.
        SenException refusal = SenException.invalid("SIGNING_FAILED");
        refusal.initCause(e);
        return refusal;
    }

    static String commonName(CertificateToken certificate) {
        X500Name name = X500Name.getInstance(
                certificate.getCertificate().getSubjectX500Principal().getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0
                ? certificate.getSubject().getRFC2253()
                : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    static String levelName(SignatureLevel level) {
        return level.name().replace('_', '-');
    }

    private static byte[] bytes(DSSDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Prepared(DSSDocument document, PAdESSignatureParameters parameters, Instant time) {}
}
