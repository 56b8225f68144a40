package vn.sen.document.outgoing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;

/** An outgoing document with its versions, recipients, review position and timeline. */
public record OutgoingDocumentView(
        UUID id,
        UUID agencyId,
        @Nullable UUID draftingUnitId,
        UUID drafterId,
        String drafterName,
        DocumentType type,
        String subject,
        Urgency urgency,
        Confidentiality confidentiality,
        UUID signerId,
        String signerName,
        String signerTitle,
        @Nullable UUID replyToIncomingId,
        OutgoingStatus status,
        List<ReviewRole> reviewChain,
        int reviewStep,
        @Nullable UUID currentReviewerId,
        @Nullable String currentReviewerName,
        @Nullable String returnComment,
        @Nullable Integer number,
        @Nullable String notation,
        @Nullable UUID signedFileId,
        @Nullable Instant issuedAt,
        Instant createdAt,
        List<DraftVersionView> versions,
        List<RecipientView> recipients,
        List<OutgoingStepView> timeline,
        @Nullable Instant numberedAt,
        @Nullable String endReason,
        @Nullable UUID replacedById,
        List<IssuedFileView> issuedFiles,
        long version) {

    public OutgoingDocumentView {
        reviewChain = List.copyOf(reviewChain);
        versions = List.copyOf(versions);
        recipients = List.copyOf(recipients);
        timeline = List.copyOf(timeline);
        issuedFiles = List.copyOf(issuedFiles);
    }

    /** The number as written (05), or null before numbering. */
    public @Nullable String numberText() {
        return number == null ? null : IssueLines.number(number);
    }

    /** The current (latest) version, or null before the first. */
    public @Nullable DraftVersionView currentVersion() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    public boolean urgent() {
        return urgency.urgent();
    }
}
