package vn.sen.document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A document sent electronically to an agency (by another agency of this installation, later by the exchange
 * module): its Decree 30 metadata and already stored files, waiting for the recipient's clerk to take it in.
 *
 * @param senderKey what identifies the document at the sender (the outgoing document id, or the edXML DocumentId);
 *     together with the recipient it makes the arrival idempotent
 * @param recipientAgencyId the agency it is addressed to
 * @param organId the issuing body's code (OrganId)
 * @param mainFileId the signed PDF, already in the file store
 * @param attachmentFileIds attachments and appendices, already in the file store
 */
public record ArrivingDocument(
        String senderKey,
        UUID recipientAgencyId,
        @Nullable String organId,
        String organName,
        String codeNumber,
        String codeNotation,
        LocalDate issuedDate,
        DocumentType type,
        String subject,
        @Nullable String signerPosition,
        @Nullable String signerName,
        Urgency urgency,
        @Nullable Integer pageAmount,
        @Nullable LocalDate dueDate,
        @Nullable String toPlaces,
        UUID mainFileId,
        List<UUID> attachmentFileIds) {

    public ArrivingDocument {
        attachmentFileIds = List.copyOf(attachmentFileIds);
    }
}
