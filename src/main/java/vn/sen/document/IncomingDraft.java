package vn.sen.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The metadata a clerk enters for an incoming document (Decree 30/2020 Appendix VI part II), before checks.
 *
 * @param organId the issuing body's code (OrganId), when known
 * @param bookId the register book, or null for the agency's default book of the year (the confidential one for
 *     secret documents)
 */
record IncomingDraft(
        @Nullable String organId,
        @Nullable String organName,
        @Nullable String codeNumber,
        @Nullable String codeNotation,
        @Nullable LocalDate issuedDate,
        @Nullable DocumentType type,
        @Nullable String subject,
        @Nullable String signerPosition,
        @Nullable String signerName,
        @Nullable Urgency urgency,
        @Nullable Confidentiality confidentiality,
        @Nullable Integer pageAmount,
        @Nullable LocalDate dueDate,
        @Nullable String toPlaces,
        @Nullable String description,
        java.util.@Nullable UUID bookId) {}
