package vn.sen.shared.web;

import java.util.List;

/**
 * The body of every refused API call: a stable code for machines and a Vietnamese message for people; field
 * errors when a request body failed validation.
 */
public record ApiError(String code, String message, List<FieldMessage> fields) {

    public ApiError(String code, String message) {
        this(code, message, List.of());
    }

    /** One field's problem. */
    public record FieldMessage(String field, String code, String message) {}
}
