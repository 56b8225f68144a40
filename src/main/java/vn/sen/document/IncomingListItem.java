package vn.sen.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of a work list: what the lists show, never the files or the timeline. */
public record IncomingListItem(
        UUID id,
        int arrivalYear,
        int arrivalNumber,
        Instant arrivedAt,
        String organName,
        String codeNumber,
        String codeNotation,
        LocalDate issuedDate,
        DocumentType type,
        String subject,
        Urgency urgency,
        Confidentiality confidentiality,
        IncomingStatus status,
        @Nullable String mainHandlerName,
        @Nullable Instant deadline,
        DeadlineState deadlineState) {

    public boolean urgent() {
        return urgency.urgent();
    }
}
