package vn.sen.onestop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The status updates for the national portal (hộp thư đi đồng bộ Cổng DVCQG), through plain SQL. A row is claimed with
 * a row lock that other couriers skip, and only when no earlier row of its dossier is still unsent: the portal hears a
 * dossier's changes in the order they happened.
 */
@Component
class PortalOutbox {

    private static final String COLUMNS =
            "o.id, o.dossier_id, o.dossier_code, o.agency_id, o.event, o.payload, o.state,"
                    + " o.attempts, o.next_attempt_at, o.last_error, o.created_at, o.sent_at";
    private static final String FIRST_OF_ITS_DOSSIER = " and not exists (select 1 from onestop.portal_outbox e"
            + " where e.dossier_id = o.dossier_id and e.state <> 'SENT' and e.id < o.id)";

    private final JdbcTemplate jdbc;

    PortalOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the outbox. */
    record Row(
            long id,
            UUID dossierId,
            String dossierCode,
            UUID agencyId,
            String event,
            String payload,
            String state,
            int attempts,
            Instant nextAttemptAt,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt) {

        static Row read(ResultSet rs, int row) throws SQLException {
            Timestamp sent = rs.getTimestamp("sent_at");
            return new Row(
                    rs.getLong("id"),
                    rs.getObject("dossier_id", UUID.class),
                    rs.getString("dossier_code"),
                    rs.getObject("agency_id", UUID.class),
                    rs.getString("event"),
                    rs.getString("payload"),
                    rs.getString("state"),
                    rs.getInt("attempts"),
                    rs.getTimestamp("next_attempt_at").toInstant(),
                    rs.getString("last_error"),
                    rs.getTimestamp("created_at").toInstant(),
                    sent == null ? null : sent.toInstant());
        }

        /** Stable across attempts: the portal can drop an update it already has. */
        String updateId() {
            return "sen-" + dossierCode + "-" + id;
        }
    }

    void add(DossierView d, DossierEventKind what, String payload, Instant now) {
        jdbc.update(
                "insert into onestop.portal_outbox (dossier_id, dossier_code, agency_id, event, payload, state,"
                        + " attempts, next_attempt_at, created_at) values (?,?,?,?,?,'PENDING',0,?,?)",
                d.id(),
                d.code(),
                d.agencyId(),
                what.name(),
                payload,
                Timestamp.from(now),
                Timestamp.from(now));
    }

    /** One due row whose dossier has nothing unsent before it, locked until the caller's transaction ends. */
    Optional<Row> claimDue(Instant now) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from onestop.portal_outbox o where o.state = 'PENDING'"
                                + " and o.next_attempt_at <= ?" + FIRST_OF_ITS_DOSSIER
                                + " order by o.next_attempt_at, o.id limit 1 for update of o skip locked",
                        Row::read,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    void sent(long id, Instant at) {
        jdbc.update(
                "update onestop.portal_outbox set state = 'SENT', sent_at = ?, attempts = attempts + 1,"
                        + " last_error = null where id = ?",
                Timestamp.from(at),
                id);
    }

    void retryLater(long id, String error, Instant next) {
        jdbc.update(
                "update onestop.portal_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                        + " where id = ?",
                clip(error),
                Timestamp.from(next),
                id);
    }

    void failed(long id, String error) {
        jdbc.update(
                "update onestop.portal_outbox set state = 'FAILED', attempts = attempts + 1, last_error = ?"
                        + " where id = ?",
                clip(error),
                id);
    }

    /** A FAILED row made PENDING again, due now, with a fresh count of attempts; false when it was not FAILED. */
    boolean again(long id, Instant now) {
        return jdbc.update(
                        "update onestop.portal_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?"
                                + " where id = ? and state = 'FAILED'",
                        Timestamp.from(now),
                        id)
                == 1;
    }

    Optional<Row> find(long id) {
        return jdbc.query("select " + COLUMNS + " from onestop.portal_outbox o where o.id = ?", Row::read, id).stream()
                .findFirst();
    }

    /** The newest rows in a state (at most 500). */
    List<Row> inState(String state) {
        return jdbc.query(
                "select " + COLUMNS + " from onestop.portal_outbox o where o.state = ? order by o.id desc limit 500",
                Row::read,
                state);
    }

    private static @Nullable String clip(@Nullable String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
