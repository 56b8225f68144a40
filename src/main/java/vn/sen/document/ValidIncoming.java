package vn.sen.document;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Incoming metadata after the checks of {@link IncomingMetadataRules}: required fields present, lengths kept. */
record ValidIncoming(
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
        @Nullable UUID bookId) {}
