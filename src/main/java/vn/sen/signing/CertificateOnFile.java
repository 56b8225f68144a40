package vn.sen.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * The certificate of a key on file (chứng thư số), as pages and the API show it.
 *
 * @param provider SERVER_KEY_STORE or PKCS11
 */
public record CertificateOnFile(
        UUID holderId, String provider, String subject, String serial, Instant notBefore, Instant notAfter) {

    static CertificateOnFile of(SignerKey key) {
        return new CertificateOnFile(
                key.holderId(), key.provider().name(), key.subject(), key.serial(), key.notBefore(), key.notAfter());
    }
}
