package vn.sen.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing document was issued (văn bản đi đã phát hành). The exchange module sends it to the recipients outside
 * this installation ({@code externalRecipients}, by their QĐ 20/2020 codes); recipients inside it were served already.
 *
 * @param number the number in the outgoing register (5 for "05/QĐ-SKHCN")
 * @param notation the notation (QĐ-SKHCN)
 * @param signedFileId the PDF signed by the person and the agency
 * @param attachmentFileIds the issued attachments (agency-signed when PDFs)
 * @param signerPosition the signer's title as printed ("GIÁM ĐỐC"), {@code signerName} the signer's name
 * @param toPlaces all recipients' names, as the document lists them (nơi nhận)
 */
public record OutgoingDocumentIssued(
        UUID documentId,
        UUID agencyId,
        int number,
        String notation,
        LocalDate issuedDate,
        DocumentType type,
        String subject,
        @Nullable String signerPosition,
        @Nullable String signerName,
        Urgency urgency,
        String toPlaces,
        UUID signedFileId,
        List<UUID> attachmentFileIds,
        List<ExternalRecipient> externalRecipients,
        Instant at) {

    public OutgoingDocumentIssued {
        attachmentFileIds = List.copyOf(attachmentFileIds);
        externalRecipients = List.copyOf(externalRecipients);
    }

    /** A recipient outside the installation: its QĐ 20/2020 code and name. */
    public record ExternalRecipient(String code, String name) {}
}
