package vn.sen.onestop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final LookupThrottle throttle;

    DossierLookup(JdbcTemplate jdbc, LookupThrottle throttle) {
        this.jdbc = jdbc;
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
        // Plain reads of what the answer shows: the portal's busiest request need not load whole aggregates.
        List<Found> found = jdbc.query(
                "select id, code, procedure_name, applicant_name, applicant_phone, applicant_email, state,"
                        + " submitted_at, received_at, due_at, extended, supplement_items, supplement_deadline"
                        + " from onestop.dossier where code = ?",
                (rs, row) -> found(rs),
                wanted);
        if (found.isEmpty() || !matches(found.get(0).phone(), found.get(0).email(), contact)) {
            throttle.failed(client, wanted);
            throw SenException.notFound("DOSSIER_LOOKUP_NOT_FOUND");
        }
        Found d = found.get(0);
        List<PublicDossierStatus.Line> history = jdbc.query(
                "select at, kind from onestop.dossier_event where dossier_id = ? order by position",
                (rs, row) -> new PublicDossierStatus.Line(
                        rs.getTimestamp("at").toInstant(),
                        DossierEventKind.valueOf(rs.getString("kind")).label()),
                d.id());
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
            @Nullable Instant supplementDeadline) {}

    private static Found found(ResultSet rs) throws SQLException {
        return new Found(
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
                instant(rs, "supplement_deadline"));
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
