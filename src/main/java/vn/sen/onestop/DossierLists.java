package vn.sen.onestop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The one-stop work lists (danh sách hồ sơ) and the dossier page, for the desk and the processing staff of one agency,
 * filtered and paged in the database; the online check window and the step deadlines are flagged as they stand now.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
class DossierLists {

    private static final String COLUMNS = "id, code, procedure_name, applicant_name, channel, state, step_role,"
            + " submitted_at, due_at, step_due_at, extended, version";

    private final JdbcTemplate jdbc;
    private final DossierKeeper keeper;
    private final WorkingTime time;
    private final Clock clock;

    DossierLists(JdbcTemplate jdbc, DossierKeeper keeper, WorkingTime time, Clock clock) {
        this.jdbc = jdbc;
        this.keeper = keeper;
        this.time = time;
        this.clock = clock;
    }

    DossierPage list(DossierQuery q) {
        // The agency's own dossiers, and those its desk received for other agencies (it returns their results).
        StringBuilder where =
                new StringBuilder(" from onestop.dossier where (agency_id = ? or receiving_agency_id = ?)");
        List<Object> args = new ArrayList<>();
        UUID agency = scope(q.agencyId());
        args.add(agency);
        args.add(agency);
        if (q.state() != null) {
            where.append(" and state = ?");
            args.add(q.state().name());
        }
        if (q.role() != null) {
            where.append(" and step_role = ? and state = 'IN_PROCESS'");
            args.add(q.role().name());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and (code = ? or lower(applicant_name) like ? escape '\\')");
            String text = q.text().strip();
            args.add(text.toUpperCase(Locale.ROOT));
            args.add("%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.overdueOnly()) {
            where.append(" and state = 'IN_PROCESS' and due_at < ?");
            args.add(Timestamp.from(clock.instant()));
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(q.size());
        paged.add((long) q.page() * q.size());
        Instant now = clock.instant();
        List<DossierListItem> items = jdbc.query(
                "select " + COLUMNS + where + " order by submitted_at desc, code desc limit ? offset ?",
                (rs, row) -> item(rs, now),
                paged.toArray());
        return new DossierPage(items, total == null ? 0 : total, q.page(), q.size());
    }

    DossierView get(UUID id) {
        return keeper.load(id).view();
    }

    private DossierListItem item(ResultSet rs, Instant now) throws SQLException {
        DossierState state = DossierState.valueOf(rs.getString("state"));
        Instant submitted = rs.getTimestamp("submitted_at").toInstant();
        Instant due = instant(rs, "due_at");
        Instant deadline =
                switch (state) {
                    case SUBMITTED ->
                        OnlineCheckWindow.deadline(submitted, time).toInstant();
                    case IN_PROCESS -> instant(rs, "step_due_at");
                    default -> null;
                };
        String role = rs.getString("step_role");
        return new DossierListItem(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("procedure_name"),
                rs.getString("applicant_name"),
                Channel.valueOf(rs.getString("channel")),
                state,
                role == null ? null : StepRole.valueOf(role),
                submitted,
                due,
                deadline,
                ClockState.of(deadline, now),
                rs.getBoolean("extended"),
                rs.getLong("version"));
    }

    private static UUID scope(@Nullable UUID requested) {
        Actor actor = CurrentActor.require();
        if (actor.agencyId() != null) {
            return actor.agencyId();
        }
        if (requested == null || !actor.mayAccessAgency(requested)) {
            throw SenException.invalidField("agencyId", "DOSSIER_AGENCY_REQUIRED");
        }
        return requested;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
