package vn.sen.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An incoming document (văn bản đến) with its files, assignments and timeline, as the document page and the API show
 * it. Field names follow Decree 30/2020 Appendix VI part II.
 *
 * @param version send it back with changes (optimistic locking)
 */
public record IncomingDocumentView(
        UUID id,
        UUID agencyId,
        UUID bookId,
        String bookName,
        int arrivalYear,
        int arrivalNumber,
        Instant arrivedAt,
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
        Confidentiality confidentiality,
        @Nullable Integer pageAmount,
        @Nullable LocalDate dueDate,
        @Nullable String toPlaces,
        @Nullable String description,
        IncomingStatus status,
        @Nullable String returnReason,
        @Nullable String replyProposal,
        @Nullable String completionSummary,
        @Nullable Instant completedAt,
        long version,
        List<IncomingFileView> files,
        List<AssignmentView> assignments,
        List<TimelineStep> timeline) {

    public boolean urgent() {
        return urgency.urgent();
    }
}
