package vn.sen.document.outgoing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;

/** A row of an outgoing-document list. */
public record OutgoingListItem(
        UUID id,
        DocumentType type,
        String subject,
        Urgency urgency,
        OutgoingStatus status,
        String drafterName,
        String signerName,
        @Nullable Integer number,
        @Nullable String notation,
        Instant createdAt,
        Instant updatedAt) {}
