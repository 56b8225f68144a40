package vn.sen.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import java.time.Instant;
import java.util.Date;
import vn.sen.shared.error.SenException;

/**
 * Refuses to sign with a certificate outside its validity at the signing time: such a signature would never
 * validate, and the signer should hear why in Vietnamese before anything is written.
 */
final class CertificateChecks {

    private CertificateChecks() {}

    static void requireValidAt(CertificateToken certificate, Instant signingTime) {
        Date at = Date.from(signingTime);
        if (at.after(certificate.getNotAfter())) {
            throw SenException.invalid(
                    "SIGNING_CERTIFICATE_EXPIRED", certificate.getNotAfter().toInstant());
        }
        if (at.before(certificate.getNotBefore())) {
            throw SenException.invalid(
                    "SIGNING_CERTIFICATE_NOT_YET_VALID",
                    certificate.getNotBefore().toInstant());
        }
    }
}
