package vn.sen.document;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters, sorting and paging of a work list.
 *
 * @param from first arrival day (inclusive)
 * @param to last arrival day (inclusive)
 * @param organName part of the issuing body's name
 * @param handlerId an account holding an assignment on the document
 * @param sort {@code arrivedAt}, {@code arrivalNumber}, {@code issuedDate} or {@code deadline}
 */
public record IncomingFilter(
        @Nullable WorkList list,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable DocumentType type,
        @Nullable String organName,
        @Nullable Urgency urgency,
        @Nullable IncomingStatus status,
        @Nullable UUID handlerId,
        @Nullable DeadlineState deadlineState,
        @Nullable String sort,
        boolean ascending,
        int page,
        int size) {}
