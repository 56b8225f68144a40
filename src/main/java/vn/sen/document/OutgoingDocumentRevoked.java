package vn.sen.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An issued outgoing document was revoked (thu hồi) or replaced (thay thế) by another one, with the reason. The
 * exchange module tells the recipients outside this installation.
 *
 * @param replacedById the replacing outgoing document, null for a revocation
 * @param externalRecipientCodes the QĐ 20/2020 codes of the recipients outside the installation
 */
public record OutgoingDocumentRevoked(
        UUID documentId,
        UUID agencyId,
        int number,
        String notation,
        String reason,
        @Nullable UUID replacedById,
        List<String> externalRecipientCodes,
        Instant at) {

    public OutgoingDocumentRevoked {
        externalRecipientCodes = List.copyOf(externalRecipientCodes);
    }
}
