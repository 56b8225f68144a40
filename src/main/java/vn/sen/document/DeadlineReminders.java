package vn.sen.document;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.identity.StaffView;

/**
 * Reminds handlers of deadlines (nhắc hạn): "due soon" once an open assignment enters the due-soon window, "passed"
 * once it is overdue. Each kind is sent once per assignment: the reminder row is inserted first, and only an insert
 * that wins (also against a second node running the job) sends.
 */
@Component
class DeadlineReminders {

    private final NamedParameterJdbcTemplate jdbc;
    private final DeadlineClock clock;
    private final IncomingDocuments documents;
    private final Leaders leaders;

    DeadlineReminders(
            NamedParameterJdbcTemplate jdbc, DeadlineClock clock, IncomingDocuments documents, Leaders leaders) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.documents = documents;
        this.leaders = leaders;
    }

    /** Runs on {@code sen.documents.reminder-cron} (every 15 minutes by default); returns how many were sent. */
    @Scheduled(cron = "${sen.documents.reminder-cron:0 */15 * * * *}", zone = "${sen.calendar.zone:Asia/Ho_Chi_Minh}")
    @Transactional
    public int remind() {
        Timestamp now = Timestamp.from(clock.now());
        Timestamp soon = Timestamp.from(clock.dueSoonLimit());
        int sent = send("DEADLINE_PASSED", "deadline-passed", "a.deadline < :now", now, soon);
        return sent + send("DEADLINE_SOON", "deadline-soon", "a.deadline >= :now and a.deadline <= :soon", now, soon);
    }

    private int send(String kind, String template, String window, Timestamp now, Timestamp soon) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("now", now)
                .addValue("soon", soon)
                .addValue("kind", kind);
        List<Due> due = jdbc.query(
                "select a.id, a.document_id, a.assignee_account_id, a.assignee_unit_id, a.agency_id"
                        + " from document.assignment a where a.state = 'OPEN' and a.role in ('MAIN', 'COORDINATE')"
                        + " and a.deadline is not null and " + window
                        + " and not exists (select 1 from document.assignment_reminder r"
                        + " where r.assignment_id = a.id and r.kind = :kind)",
                p,
                (rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class)));
        int sent = 0;
        for (Due d : due) {
            int won = jdbc.update(
                    "insert into document.assignment_reminder (assignment_id, kind, sent_at) values (:id, :kind, :now)"
                            + " on conflict do nothing",
                    new MapSqlParameterSource()
                            .addValue("id", d.id())
                            .addValue("kind", kind)
                            .addValue("now", now));
            if (won == 1) {
                List<UUID> to = d.accountId() != null
                        ? List.of(d.accountId())
                        : leaders.unitReceivers(d.agencyId(), d.unitId()).stream()
                                .map(StaffView::id)
                                .toList();
                documents.findById(d.documentId()).ifPresent(doc -> leaders.notify(to, template, doc, true));
                sent++;
            }
        }
        return sent;
    }

    private record Due(UUID id, UUID documentId, UUID accountId, UUID unitId, UUID agencyId) {}
}
