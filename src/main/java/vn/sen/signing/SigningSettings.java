package vn.sen.signing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the signing engine ({@code sen.signing.*}). Everything defaults to offline so tests and the demo never
 * reach the network.
 *
 * @param tsaUrl the RFC 3161 timestamp authority (dịch vụ cấp dấu thời gian); when set, signatures reach
 *     PAdES-BASELINE-T
 * @param onlineRevocation fetch CRLs and OCSP responses named in certificates: needed to see a revoked certificate,
 *     and, with a TSA, to embed revocation data (PAdES-BASELINE-LT)
 * @param trustAnchors PEM or DER files of the root certificates trusted when validating (e.g. the Vietnamese root CA
 *     of the national digital-signature authentication service)
 * @param revocationLists CRL files (DER) consulted before, or instead of, the network
 * @param visualComparison when validating, also render the pages of every signed revision and compare them with the
 *     final file (DSS's defence against "shadow" attacks that change what is shown without changing objects DSS
 *     tracks); it costs about a second per document, so it is off by default and the object-level comparison,
 *     which also finds added annotations, pages and form changes, remains
 * @param sealDiameterMm the agency seal's real diameter when the caller does not give one
 */
@ConfigurationProperties(prefix = "sen.signing")
record SigningSettings(
        @Nullable String tsaUrl,
        boolean onlineRevocation,
        List<String> trustAnchors,
        List<String> revocationLists,
        boolean visualComparison,
        double sealDiameterMm) {

    static final double DEFAULT_SEAL_DIAMETER_MM = 36;

    SigningSettings {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        revocationLists = revocationLists == null ? List.of() : List.copyOf(revocationLists);
        if (sealDiameterMm <= 0) {
            sealDiameterMm = DEFAULT_SEAL_DIAMETER_MM;
        }
        if (tsaUrl != null && tsaUrl.isBlank()) {
            tsaUrl = null;
        }
    }

    /** Offline, no TSA, no anchors from files: what unit tests use. */
    static SigningSettings offline() {
        return new SigningSettings(null, false, List.of(), List.of(), false, DEFAULT_SEAL_DIAMETER_MM);
    }
}
