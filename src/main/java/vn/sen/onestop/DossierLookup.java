package vn.sen.onestop;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.error.SenException;

/**
 * The public lookup of a dossier by its code plus a second factor, the applicant's phone number or e-mail (Decree 118
 * Art. 17(3): applicants follow their dossier by its code). A wrong code and a wrong contact answer the same
 * {@code DOSSIER_LOOKUP_NOT_FOUND}, so the lookup never tells whether a code exists; failures are throttled
 * ({@link LookupThrottle}).
 */
@Component
public class DossierLookup {

    private final Dossiers dossiers;
    private final LookupThrottle throttle;

    DossierLookup(Dossiers dossiers, LookupThrottle throttle) {
        this.dossiers = dossiers;
        this.throttle = throttle;
    }

    @Transactional(readOnly = true)
    public PublicDossierStatus find(@Nullable String code, @Nullable String contact, String client) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (wanted.isEmpty()
                || wanted.length() > 40
                || contact == null
                || contact.isBlank()
                || contact.length() > 200) {
            throw SenException.invalid("DOSSIER_LOOKUP_INCOMPLETE");
        }
        throttle.check(client, wanted);
        DossierView found = dossiers.findByCode(wanted)
                .map(Dossier::view)
                .filter(d -> matches(d.applicant(), contact))
                .orElse(null);
        if (found == null) {
            throttle.failed(client, wanted);
            throw SenException.notFound("DOSSIER_LOOKUP_NOT_FOUND");
        }
        return status(found);
    }

    static PublicDossierStatus status(DossierView d) {
        return new PublicDossierStatus(
                d.code(),
                d.procedureName(),
                mask(d.applicant().name()),
                d.state(),
                d.state().label(),
                d.submittedAt(),
                d.receivedAt(),
                d.dueAt(),
                d.extended(),
                d.state() == DossierState.AWAITING_SUPPLEMENT ? d.supplementItems() : null,
                d.state() == DossierState.AWAITING_SUPPLEMENT ? d.supplementDeadline() : null,
                d.events().stream()
                        .map(e -> new PublicDossierStatus.Line(e.at(), e.label()))
                        .toList());
    }

    /** The same phone (blanks, dots, dashes and +84 ignored) or the same e-mail (case ignored). */
    static boolean matches(ApplicantView a, String contact) {
        String given = contact.strip();
        if (given.contains("@")) {
            return a.email() != null && a.email().equalsIgnoreCase(given);
        }
        return a.phone() != null && Objects.equals(phone(a.phone()), phone(given));
    }

    private static String phone(String p) {
        String digits = p.replaceAll("[ .\\-]", "");
        return digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
    }

    /** "Nguyễn Văn An" → "Nguyễn V** A*": enough to recognise one's own dossier, not to learn a stranger's name. */
    static String mask(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            out.append(' ').append(w.charAt(0)).append("*".repeat(Math.max(0, w.length() - 1)));
        }
        return out.toString();
    }
}
