package vn.sen.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * An external (hash) signing under way: Sen prepared the PDF and hands out what the client tool, USB token or remote
 * signing service must sign; {@link PdfSignatures#complete} embeds the returned signature value.
 *
 * @param id the signing session, valid until {@code expiresAt}
 * @param digestAlgorithm always SHA256
 * @param digest the SHA-256 digest of the data to be signed, Base64
 * @param dataToSign the DER data to be signed (signed attributes), Base64, for tools that hash themselves
 */
public record ExternalSigning(UUID id, String digestAlgorithm, String digest, String dataToSign, Instant expiresAt) {}
