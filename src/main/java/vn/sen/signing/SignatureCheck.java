package vn.sen.signing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The validation of one signature in a PDF.
 *
 * @param signerName the signing certificate's common name
 * @param organization the certificate's organisation, when present
 * @param issuerName the issuing CA's common name
 * @param signingTime the claimed signing time
 * @param certificateValidFrom start of the certificate's validity
 * @param certificateValidTo end of the certificate's validity
 * @param indication DSS indication: TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED
 * @param subIndication DSS sub-indication when not passed (e.g. NO_CERTIFICATE_CHAIN_FOUND, REVOKED_NO_POE)
 * @param intact the signed bytes are unchanged (hash and signature value check out)
 * @param chainTrusted the certificate chains up to a configured trust anchor
 * @param revocation GOOD, REVOKED or UNKNOWN (no revocation data reachable)
 * @param coversWholeDocument nothing was appended after this signature
 * @param modifications what was changed after this signature (e.g. a later signature, an annotation), in
 *     Vietnamese
 * @param level the PAdES level found (PAdES-BASELINE-B …)
 * @param errors Vietnamese messages for failures
 * @param warnings Vietnamese messages for warnings
 */
public record SignatureCheck(
        String signerName,
        @Nullable String organization,
        @Nullable String issuerName,
        @Nullable Instant signingTime,
        @Nullable Instant certificateValidFrom,
        @Nullable Instant certificateValidTo,
        String indication,
        @Nullable String subIndication,
        boolean intact,
        boolean chainTrusted,
        String revocation,
        boolean coversWholeDocument,
        List<String> modifications,
        String level,
        List<String> errors,
        List<String> warnings) {

    public SignatureCheck {
        modifications = List.copyOf(modifications);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the signature passed validation as a whole. */
    public boolean valid() {
        return "TOTAL_PASSED".equals(indication);
    }
}
