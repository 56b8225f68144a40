package vn.sen.document.outgoing;

import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/** Small checks of entered values: trimmed, blank as null, bounded lengths. */
final class Checks {

    private Checks() {}

    static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw SenException.invalidField(field, "OUTGOING_FIELD_TOO_LONG", max);
        }
        return text;
    }

    static String required(String field, @Nullable String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw SenException.invalidField(field, "OUTGOING_FIELD_REQUIRED");
        }
        return text;
    }

    static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw SenException.invalidField(field, "OUTGOING_FIELD_REQUIRED");
        }
        return value;
    }
}
