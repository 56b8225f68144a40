package vn.sen.shared.web;

import org.springframework.validation.BindingResult;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;

/**
 * Puts a refusal onto the page form it came from: next to its field when the form has that field, else at the top of
 * the form. "Not found" and "forbidden" are not form errors and go on to the refusal page.
 */
public final class FormErrors {

    private FormErrors() {}

    public static void bind(SenException e, BindingResult form, ErrorMessages messages) {
        if (e.kind() != ErrorKind.INVALID && e.kind() != ErrorKind.CONFLICT) {
            throw e;
        }
        String message = messages.of(e);
        String field = e.field();
        if (field != null && hasField(form, field)) {
            form.rejectValue(field, e.code(), message);
        } else {
            form.reject(e.code(), message);
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }
}
