package vn.sen.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the arrivals list. */
public record ArrivalListItem(
        UUID id,
        String organName,
        String codeNumber,
        String codeNotation,
        LocalDate issuedDate,
        DocumentType type,
        String subject,
        Urgency urgency,
        Instant receivedAt,
        ArrivalState state,
        @Nullable UUID incomingDocumentId) {

    public boolean urgent() {
        return urgency.urgent();
    }
}
