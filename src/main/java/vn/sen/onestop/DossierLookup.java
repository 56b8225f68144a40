package vn.sen.onestop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;

/**
 * The public lookup of a dossier by its code plus a second factor, the applicant's phone number or e-mail (Decree 118
 * Art. 17(3): applicants follow their dossier by its code). A wrong code and a wrong contact answer the same
 * {@code DOSSIER_LOOKUP_NOT_FOUND}, so the lookup never tells whether a code exists; failures are throttled
 * ({@link LookupThrottle}).
 */
@Component
public class DossierLookup {

    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[ .\\-]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final JdbcTemplate jdbc;
    private final LookupThrottle throttle;

    DossierLookup(JdbcTemplate jdbc, LookupThrottle throttle) {
        this.jdbc = jdbc;
        this.throttle = throttle;
    }

    /**
     * One read of the columns the answer shows and the history's lines, without a transaction or an aggregate: the
     * portal's busiest request.
     */
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
        Found d = jdbc.query(
                "select d.id, d.code, d.procedure_name, d.applicant_name, d.applicant_phone, d.applicant_email,"
                        + " d.state, d.submitted_at, d.received_at, d.due_at, d.extended, d.supplement_items,"
                        + " d.supplement_deadline, e.at as event_at, e.kind as event_kind"
                        + " from onestop.dossier d left join onestop.dossier_event e on e.dossier_id = d.id"
                        + " where d.code = ? order by e.position",
                DossierLookup::found,
                wanted);
        if (d == null || !matches(d.phone(), d.email(), contact)) {
            throttle.failed(client, wanted);
            throw SenException.notFound("DOSSIER_LOOKUP_NOT_FOUND");
        }
        List<PublicDossierStatus.Line> history = d.history();
        boolean waiting = d.state() == DossierState.AWAITING_SUPPLEMENT;
        return new PublicDossierStatus(
                d.code(),
                d.procedureName(),
                mask(d.name()),
                d.state(),
                d.state().label(),
                d.submittedAt(),
                d.receivedAt(),
                d.dueAt(),
                d.extended(),
                waiting ? d.supplementItems() : null,
                waiting ? d.supplementDeadline() : null,
                history);
    }

    /** The columns the lookup reads. */
    private record Found(
            UUID id,
            String code,
            String procedureName,
            String name,
            @Nullable String phone,
            @Nullable String email,
            DossierState state,
            Instant submittedAt,
            @Nullable Instant receivedAt,
            @Nullable Instant dueAt,
            boolean extended,
            @Nullable String supplementItems,
            @Nullable Instant supplementDeadline,
            List<PublicDossierStatus.Line> history) {}

    /** The dossier of the first row and the history line of every row; null when no dossier has the code. */
    private static @Nullable Found found(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return null;
        }
        List<PublicDossierStatus.Line> history = new ArrayList<>();
        Found found = new Found(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("procedure_name"),
                rs.getString("applicant_name"),
                rs.getString("applicant_phone"),
                rs.getString("applicant_email"),
                DossierState.valueOf(rs.getString("state")),
                rs.getTimestamp("submitted_at").toInstant(),
                instant(rs, "received_at"),
                instant(rs, "due_at"),
                rs.getBoolean("extended"),
                rs.getString("supplement_items"),
                instant(rs, "supplement_deadline"),
                history);
        do {
            Timestamp at = rs.getTimestamp("event_at");
            if (at != null) {
                history.add(new PublicDossierStatus.Line(
                        at.toInstant(),
                        DossierEventKind.valueOf(rs.getString("event_kind")).label()));
            }
        } while (rs.next());
        return found;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
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
    static boolean matches(@Nullable String phone, @Nullable String email, String contact) {
        String given = contact.strip();
        if (given.contains("@")) {
            return email != null && email.equalsIgnoreCase(given);
        }
        return phone != null && Objects.equals(phone(phone), phone(given));
    }

    private static String phone(String p) {
        String digits = PHONE_PUNCTUATION.matcher(p).replaceAll("");
        return digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
    }

    /** "Nguyễn Văn An" → "Nguyễn V** A*": enough to recognise one's own dossier, not to learn a stranger's name. */
    static String mask(String name) {
        String[] words = BLANKS.split(name.strip());
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            out.append(' ').append(w.charAt(0)).append("*".repeat(Math.max(0, w.length() - 1)));
        }
        return out.toString();
    }
}
