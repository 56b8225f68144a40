package vn.sen.organization;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/** The field rules shared by agencies, units and positions; each refusal names its form field. */
final class OrgFields {

    static final int NAME_MAX = 255;
    /** Far-future stand-in for an open end in period queries (PostgreSQL cannot store LocalDate.MAX). */
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** Abbreviations in document notations: upper-case letters, digits and Đ (e.g. SKHCN, TTCĐS). */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z0-9Đ]+");

    private static final Locale VI = Locale.forLanguageTag("vi");

    private OrgFields() {}

    static String requiredText(String field, @Nullable String value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            throw SenException.invalidField(field, "ORG_FIELD_REQUIRED");
        }
        return text;
    }

    static @Nullable String optionalText(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw SenException.invalidField(field, "ORG_FIELD_TOO_LONG", max);
        }
        return text;
    }

    static @Nullable String abbreviation(String field, @Nullable String value, int max, String invalidCode) {
        String text = optionalText(field, value, max);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(VI);
        if (!ABBREVIATION.matcher(upper).matches()) {
            throw SenException.invalidField(field, invalidCode, text);
        }
        return upper;
    }

    static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw SenException.invalidField(field, "ORG_FIELD_REQUIRED");
        }
        return value;
    }

    /** Refuses a period that ends before it starts (both days inclusive). */
    static void period(LocalDate from, @Nullable LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw SenException.invalidField("validTo", "ORG_PERIOD_ENDS_BEFORE_START");
        }
    }

    static boolean overlaps(LocalDate from1, @Nullable LocalDate to1, LocalDate from2, @Nullable LocalDate to2) {
        return !from1.isAfter(end(to2)) && !from2.isAfter(end(to1));
    }

    static LocalDate end(@Nullable LocalDate to) {
        return to == null ? OPEN_END : to;
    }

    static boolean sameName(String a, String b) {
        return a.strip().toLowerCase(VI).equals(b.strip().toLowerCase(VI));
    }

    /** Refuses an edit made on a stale copy (the form or request carried an older version). */
    static void expectVersion(@Nullable Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }

    /** A day as printed in messages: dd/MM/yyyy, or an empty text for an open end. */
    static String day(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
