package vn.sen.signing;

import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * PAdES signing with EU DSS: BASELINE-B always, B-T when a timestamp authority is configured, B-LT when revocation
 * data is reachable; SHA-256; the visible appearance laid out per Decree 30/2020 Appendix I.
 */
@Component
class PadesEngine {

    /** Signs in one go with a key Sen holds. */
    SignedPdf sign(byte[] pdf, Appearance appearance, SigningKey key, Instant signingTime) {
        throw new UnsupportedOperationException("signing engine not built yet");
    }

    /** The data an external signer must sign; {@link #embed} with the same arguments finishes the signature. */
    ToBeSigned dataToSign(
            byte[] pdf,
            Appearance appearance,
            CertificateToken certificate,
            List<CertificateToken> chain,
            Instant signingTime) {
        throw new UnsupportedOperationException("signing engine not built yet");
    }

    SignedPdf embed(
            byte[] pdf,
            Appearance appearance,
            CertificateToken certificate,
            List<CertificateToken> chain,
            Instant signingTime,
            SignatureValue value) {
        throw new UnsupportedOperationException("signing engine not built yet");
    }
}
