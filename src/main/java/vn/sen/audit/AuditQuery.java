package vn.sen.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * A filter over the audit trail, parsed from what a person typed or an API client sent. Dates alone are days of
 * Asia/Ho_Chi_Minh, both ends included; times with an offset are instants ({@code to} included).
 */
record AuditQuery(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String recordType,
        @Nullable String recordId,
        @Nullable UUID agencyId,
        @Nullable Instant from,
        @Nullable Instant toExclusive,
        int page,
        int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter VIETNAMESE_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    long offset() {
        return (long) page * size;
    }

    static AuditQuery parse(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String recordType,
            @Nullable String recordId,
            @Nullable String agencyId,
            @Nullable String from,
            @Nullable String to,
            @Nullable String page,
            @Nullable String size) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw SenException.invalidField("to", "AUDIT_INVALID_RANGE");
        }
        String code = blankToNull(action);
        return new AuditQuery(
                blankToNull(actor),
                code == null ? null : code.toUpperCase(Locale.ROOT),
                blankToNull(recordType),
                blankToNull(recordId),
                uuid(agencyId),
                start,
                end,
                page(page),
                size(size));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        String text = blankToNull(value);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw SenException.invalidField("agencyId", "AUDIT_INVALID_AGENCY", text);
        }
    }

    /** The start of a from-day, the start of the day after a to-day, or an instant with offset (to: just after). */
    private static @Nullable Instant instant(String field, @Nullable String value, boolean end) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.contains("T")) {
                Instant at = OffsetDateTime.parse(text).toInstant();
                return end ? at.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS) : at;
            }
            LocalDate day = text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
            return (end ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
        } catch (DateTimeException | ArithmeticException e) {
            throw SenException.invalidField(field, "AUDIT_INVALID_DATE", text);
        }
    }

    private static int page(@Nullable String value) {
        String text = blankToNull(value);
        int page = text == null ? 0 : number("page", text, "AUDIT_INVALID_PAGE");
        if (page < 0) {
            throw SenException.invalidField("page", "AUDIT_INVALID_PAGE", text);
        }
        return page;
    }

    private static int size(@Nullable String value) {
        String text = blankToNull(value);
        int size = text == null ? DEFAULT_SIZE : number("size", text, "AUDIT_INVALID_PAGE_SIZE");
        if (size < 1) {
            throw SenException.invalidField("size", "AUDIT_INVALID_PAGE_SIZE", text);
        }
        if (size > MAX_SIZE) {
            throw SenException.invalidField("size", "AUDIT_PAGE_SIZE_TOO_LARGE", MAX_SIZE);
        }
        return size;
    }

    private static int number(String field, String text, String code) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw SenException.invalidField(field, code, text);
        }
    }
}
