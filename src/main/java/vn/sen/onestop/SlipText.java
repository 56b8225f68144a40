package vn.sen.onestop;

import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * The editable wording of one slip: its title (tiêu đề), its body (nội dung) and the two signature blocks (left: the
 * applicant, where the form has them sign; right: the officer or the head of the agency). All four use the
 * {@link SlipTemplate} syntax; the national motto and the header around them are fixed.
 */
record SlipText(String title, String body, String signatureLeft, String signatureRight) {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 10_000;
    static final int MAX_SIGNATURE = 1_000;

    /** Trims what was sent and refuses what cannot be printed, naming the field; the first refusal wins. */
    static SlipText checked(
            SlipForm form,
            @Nullable String title,
            @Nullable String body,
            @Nullable String signatureLeft,
            @Nullable String signatureRight) {
        SlipText text = new SlipText(
                required("title", title, MAX_TITLE),
                required("body", body, MAX_BODY),
                optional("signatureLeft", signatureLeft),
                optional("signatureRight", signatureRight));
        text.parsed(form);
        return text;
    }

    /** The four texts parsed against the form's placeholders (refusing unknown names and stray braces). */
    Parsed parsed(SlipForm form) {
        return new Parsed(
                SlipTemplate.parse("title", title, form.placeholders()),
                SlipTemplate.parse("body", body, form.placeholders()),
                SlipTemplate.parse("signatureLeft", signatureLeft, form.placeholders()),
                SlipTemplate.parse("signatureRight", signatureRight, form.placeholders()));
    }

    private static String required(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw SenException.invalidField(field, "SLIP_TEMPLATE_REQUIRED");
        }
        return limited(field, text, max);
    }

    private static String optional(String field, @Nullable String value) {
        return limited(field, value == null ? "" : value.strip(), MAX_SIGNATURE);
    }

    private static String limited(String field, String text, int max) {
        if (text.length() > max) {
            throw SenException.invalidField(field, "SLIP_TEMPLATE_TOO_LONG", max);
        }
        return text;
    }

    record Parsed(SlipTemplate title, SlipTemplate body, SlipTemplate signatureLeft, SlipTemplate signatureRight) {}
}
