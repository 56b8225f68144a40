package vn.sen.document;

import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/** Small checks of entered text: trimmed, blank as null, lengths of Decree 30 Appendix VI. */
final class Texts {

    private Texts() {}

    static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw SenException.invalidField(field, "DOCUMENT_FIELD_TOO_LONG", max);
        }
        return text;
    }

    static String required(String field, @Nullable String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw SenException.invalidField(field, "DOCUMENT_FIELD_REQUIRED");
        }
        return text;
    }

    static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw SenException.invalidField(field, "DOCUMENT_FIELD_REQUIRED");
        }
        return value;
    }

    static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
