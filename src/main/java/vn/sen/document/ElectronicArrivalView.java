package vn.sen.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An electronic arrival as pages and the API show it (văn bản điện tử đến).
 *
 * @param incomingDocumentId the incoming document it became, once accepted
 * @param files the main PDF first, then the attachments
 */
public record ElectronicArrivalView(
        UUID id,
        UUID recipientAgencyId,
        String senderKey,
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
        Instant receivedAt,
        ArrivalState state,
        @Nullable UUID incomingDocumentId,
        @Nullable Instant acceptedAt,
        @Nullable String returnReason,
        @Nullable String returnedByName,
        @Nullable Instant returnedAt,
        long version,
        List<ArrivalFileView> files) {

    public ElectronicArrivalView {
        files = List.copyOf(files);
    }

    public boolean urgent() {
        return urgency.urgent();
    }

    /** The metadata as a registration draft (default book, ordinary confidentiality). */
    IncomingDraft toDraft() {
        return new IncomingDraft(
                organId,
                organName,
                codeNumber,
                codeNotation,
                issuedDate,
                type,
                subject,
                signerPosition,
                signerName,
                urgency,
                Confidentiality.THUONG,
                pageAmount,
                dueDate,
                toPlaces,
                null,
                null);
    }

    public boolean waiting() {
        return state == ArrivalState.WAITING;
    }
}
