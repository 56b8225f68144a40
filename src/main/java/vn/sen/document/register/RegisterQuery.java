package vn.sen.document.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.document.print.Dates;
import vn.sen.shared.error.SenException;

/**
 * What to print: the documents that arrived in an agency between two days (inclusive, Vietnam time), in one book or
 * in every book the reader may see. {@code readers} are the accounts whose confidential books are visible: the
 * actor, and the delegator when a delegate acts.
 */
record RegisterQuery(UUID agencyId, List<UUID> readers, LocalDate from, LocalDate to, @Nullable UUID bookId) {

    static final ZoneId ZONE = Dates.ZONE;

    RegisterQuery {
        readers = List.copyOf(readers);
        if (to.isBefore(from)) {
            throw SenException.invalidField("to", "REGISTER_PERIOD_REVERSED");
        }
    }

    /** The first instant of {@code from} in Vietnam. */
    java.time.Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after {@code to} in Vietnam (exclusive end). */
    java.time.Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Parses an ISO day ({@code 2026-03-01}); a blank value takes the default. */
    static LocalDate day(@Nullable String value, String field, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw SenException.invalidField(field, "REGISTER_DATE_INVALID", value);
        }
    }

    static @Nullable UUID book(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw SenException.notFound("REGISTER_BOOK_NOT_FOUND");
        }
    }
}
