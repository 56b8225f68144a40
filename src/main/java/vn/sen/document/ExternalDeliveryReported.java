package vn.sen.document;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The exchange module reports what became of an issued outgoing document at one recipient outside the installation
 * (the code the document named it by). Publish it inside the transaction that learnt it: the recipient's status and
 * history commit with it.
 *
 * @param note what the recipient's side said (a rejection's reason, an arrival number, a delivery error)
 */
public record ExternalDeliveryReported(
        UUID outgoingDocumentId,
        String recipientCode,
        ExternalDeliveryStatus status,
        Instant at,
        @Nullable String note) {}
