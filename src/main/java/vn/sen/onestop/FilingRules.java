package vn.sen.onestop;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * What a filing must hold before anything is stored: an applicant identified as Decree 118 Art. 17(1)(a) asks, a way
 * to reach them, files only for the procedure's components, and — for a dossier received as complete — a file for
 * every mandatory component ({@code DOSSIER_COMPONENT_MISSING} names them all at once).
 */
final class FilingRules {

    static final int MAX_FILES = 50;
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private FilingRules() {}

    /** The applicant, trimmed and checked. */
    static ApplicantView applicant(@Nullable ApplicantView a) {
        if (a == null || a.kind() == null) {
            throw SenException.invalidField("applicant.kind", "DOSSIER_APPLICANT_REQUIRED");
        }
        String id = trim(a.idNumber()).toUpperCase(Locale.ROOT);
        if (!a.kind().accepts(id)) {
            throw SenException.invalidField("applicant.idNumber", "DOSSIER_APPLICANT_ID_INVALID");
        }
        String name = trim(a.name());
        if (name.isEmpty() || name.length() > 200) {
            throw SenException.invalidField("applicant.name", "DOSSIER_APPLICANT_NAME_INVALID");
        }
        String phone = blankToNull(a.phone());
        if (phone != null) {
            phone = phone.replaceAll("[ .-]", "");
            if (!PHONE.matcher(phone).matches()) {
                throw SenException.invalidField("applicant.phone", "DOSSIER_APPLICANT_PHONE_INVALID");
            }
        }
        String email = blankToNull(a.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw SenException.invalidField("applicant.email", "DOSSIER_APPLICANT_EMAIL_INVALID");
        }
        if (phone == null && email == null) {
            throw SenException.invalidField("applicant.phone", "DOSSIER_APPLICANT_CONTACT_REQUIRED");
        }
        String address = blankToNull(a.address());
        if (address != null && address.length() > 500) {
            throw SenException.invalidField("applicant.address", "DOSSIER_APPLICANT_ADDRESS_INVALID");
        }
        return new ApplicantView(
                a.kind(), id, name, address, phone, email == null ? null : email.toLowerCase(Locale.ROOT));
    }

    /** Every upload names a component of the procedure; not too many files. */
    static void uploads(ProcedureView p, List<ComponentUpload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw SenException.invalidField("files", "DOSSIER_TOO_MANY_FILES", MAX_FILES);
        }
        for (ComponentUpload u : uploads) {
            if (u.componentNumber() < 1 || u.componentNumber() > p.components().size()) {
                throw SenException.invalidField("files", "DOSSIER_COMPONENT_UNKNOWN", u.componentNumber());
            }
        }
    }

    /** A complete dossier has a file for each mandatory component. */
    static void complete(ProcedureView p, List<ComponentUpload> uploads) {
        Set<Integer> given =
                uploads.stream().map(ComponentUpload::componentNumber).collect(Collectors.toCollection(TreeSet::new));
        String missing = p.components().stream()
                .filter(c -> c.mandatory() && !given.contains(c.number()))
                .map(c -> c.number() + ". " + c.name())
                .collect(Collectors.joining("; "));
        if (!missing.isEmpty()) {
            throw SenException.invalidField("files", "DOSSIER_COMPONENT_MISSING", missing);
        }
    }

    /** A reason or list of items someone must read: required, at most 2,000 characters. */
    static String text(String field, @Nullable String value) {
        String text = trim(value);
        if (text.isEmpty()) {
            throw SenException.invalidField(field, "DOSSIER_TEXT_REQUIRED");
        }
        if (text.length() > 2000) {
            throw SenException.invalidField(field, "DOSSIER_TEXT_TOO_LONG", 2000);
        }
        return text;
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
