package vn.sen.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency's exchange certificate (chứng thư số ký gói tin liên thông) as the administration page shows it.
 *
 * @param origin GENERATED (self-signed by Sen) or UPLOADED
 * @param sha256 the SHA-256 fingerprint of the DER certificate, upper-case hex pairs separated by colons
 */
public record ExchangeCertificate(
        UUID agencyId,
        String subject,
        String serial,
        Instant notBefore,
        Instant notAfter,
        String origin,
        String sha256,
        String pem) {}
