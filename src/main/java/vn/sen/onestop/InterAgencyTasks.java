package vn.sen.onestop;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * Inter-agency procedures (giải quyết liên thông, Decree 118/2025 Art. 20(2)(b)): the lead agency sends the electronic
 * dossier to all participating agencies at once, each with its task and deadline in working hours; each agency sees
 * its tasks, reads the dossier's files and answers; the lead sees every answer in the dossier's history and cannot
 * hand the dossier on while a task is open ({@code DOSSIER_TASKS_OPEN}).
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
class InterAgencyTasks {

    private static final String SELECT = "select t.*, d.code, d.procedure_name from onestop.dossier_task t"
            + " join onestop.dossier d on d.id = t.dossier_id";

    private final JdbcTemplate jdbc;
    private final DossierKeeper keeper;
    private final OrganizationDirectory organization;
    private final FileStore files;
    private final WorkingTime time;
    private final Clock clock;

    InterAgencyTasks(
            JdbcTemplate jdbc,
            DossierKeeper keeper,
            OrganizationDirectory organization,
            FileStore files,
            WorkingTime time,
            Clock clock) {
        this.jdbc = jdbc;
        this.keeper = keeper;
        this.organization = organization;
        this.files = files;
        this.time = time;
        this.clock = clock;
    }

    /** One agency's task as the lead asks it: what, and within how many working hours. */
    record TaskRequest(@Nullable UUID agencyId, @Nullable String task, int quotaHours) {}

    /** Sends the dossier to every participating agency at once (the lead agency's own dossier, in process). */
    DossierView send(UUID dossierId, @Nullable Long version, List<TaskRequest> requests) {
        Dossier dossier = keeper.load(dossierId, version);
        if (requests.isEmpty() || requests.size() > 20) {
            throw SenException.invalidField("tasks", "DOSSIER_TASKS_INVALID");
        }
        Instant now = clock.instant();
        String actor = DossierKeeper.actorName();
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < requests.size(); i++) {
            TaskRequest r = requests.get(i);
            AgencyView agency = participant(r.agencyId(), dossier.agencyId(), "tasks[" + i + "].agencyId");
            String task = FilingRules.text("tasks[" + i + "].task", r.task());
            if (r.quotaHours() < 1 || r.quotaHours() > 8 * 60) {
                throw SenException.invalidField("tasks[" + i + "].quotaHours", "DOSSIER_TASK_QUOTA_INVALID");
            }
            Instant due = time.addHours(now.atZone(time.zone()).toOffsetDateTime(), r.quotaHours())
                    .toInstant();
            jdbc.update(
                    "insert into onestop.dossier_task (id, dossier_id, agency_id, task, sent_at, sent_by, due_at, state)"
                            + " values (?,?,?,?,?,?,?,'OPEN')",
                    UUID.randomUUID(),
                    dossierId,
                    agency.id(),
                    task,
                    Timestamp.from(now),
                    actor,
                    Timestamp.from(due));
            note.append(i == 0 ? "" : "; ")
                    .append(agency.name())
                    .append(": ")
                    .append(task)
                    .append(" (hạn ")
                    .append(DossierTexts.moment(due, time.zone()))
                    .append(')');
        }
        dossier.noted(DossierEventKind.TASKS_SENT, note.toString(), now, actor);
        return keeper.keep(dossier, DossierEventKind.TASKS_SENT, null);
    }

    /** The open and done tasks asked of the acting person's agency, the soonest due first. */
    @Transactional(readOnly = true)
    List<DossierTaskView> ofMyAgency(boolean openOnly) {
        UUID agency = CurrentActor.require().agencyId();
        return jdbc.query(
                SELECT + " where t.agency_id = ?" + (openOnly ? " and t.state = 'OPEN'" : "")
                        + " order by t.state desc, t.due_at limit 200",
                (rs, row) -> view(rs),
                agency);
    }

    /** The tasks of a dossier, for its lead agency (the desk sees them too). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    List<DossierTaskView> ofDossier(UUID dossierId) {
        keeper.load(dossierId);
        return jdbc.query(
                SELECT + " where t.dossier_id = ? order by t.sent_at, t.due_at", (rs, row) -> view(rs), dossierId);
    }

    /** A participating agency answers its task; the answer enters the lead's dossier history. */
    DossierTaskView complete(
            UUID taskId,
            @Nullable Long version,
            @Nullable String note,
            @Nullable String fileName,
            @Nullable InputStream file) {
        DossierTaskView task = mine(taskId);
        if (task.done()) {
            throw SenException.conflict("DOSSIER_TASK_DONE");
        }
        if (version != null && version != task.version()) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        String answer = FilingRules.text("note", note);
        UUID fileId = file == null
                ? null
                : files.store(fileName == null ? "tra-loi.pdf" : fileName, file, FileKind.OFFICE_OR_IMAGE)
                        .id();
        Instant now = clock.instant();
        String actor = DossierKeeper.actorName();
        jdbc.update(
                "update onestop.dossier_task set state = 'DONE', done_at = ?, done_by = ?, result_note = ?,"
                        + " result_file_id = ?, version = version + 1 where id = ?",
                Timestamp.from(now),
                actor,
                answer,
                fileId,
                taskId);
        Dossier dossier = keeper.loadForTask(task.dossierId());
        String agency =
                organization.findAgency(task.agencyId()).map(AgencyView::name).orElse("");
        dossier.noted(DossierEventKind.TASK_DONE, agency + ": " + answer, now, actor);
        keeper.keep(dossier, DossierEventKind.TASK_DONE, null);
        return mine(taskId);
    }

    /** A file of the dossier or of an answer, for an agency that has a task on it. */
    @Transactional(readOnly = true)
    ResponseEntity<InputStreamResource> file(UUID taskId, UUID fileId) {
        DossierTaskView task = mine(taskId);
        Dossier dossier = keeper.loadForTask(task.dossierId());
        if (!dossier.fileIds().contains(fileId) && !fileId.equals(task.resultFileId())) {
            throw SenException.notFound("DOSSIER_FILE_NOT_FOUND");
        }
        return DossierFiles.attachment(files, fileId);
    }

    /** The dossier a task is about, as the participating agency reads it. */
    @Transactional(readOnly = true)
    DossierView dossierOf(UUID taskId) {
        return keeper.loadForTask(mine(taskId).dossierId()).view();
    }

    private DossierTaskView mine(UUID taskId) {
        List<DossierTaskView> found = jdbc.query(SELECT + " where t.id = ?", (rs, row) -> view(rs), taskId);
        if (found.isEmpty()) {
            throw SenException.notFound("DOSSIER_TASK_NOT_FOUND");
        }
        CurrentActor.checkAgency(found.get(0).agencyId(), "DOSSIER_TASK_NOT_FOUND");
        return found.get(0);
    }

    private AgencyView participant(@Nullable UUID agencyId, UUID lead, String field) {
        if (agencyId == null || agencyId.equals(lead)) {
            throw SenException.invalidField(field, "DOSSIER_TASK_AGENCY_INVALID");
        }
        AgencyView a = organization
                .findAgency(agencyId)
                .orElseThrow(() -> SenException.invalidField(field, "DOSSIER_TASK_AGENCY_INVALID"));
        if (!a.activeOn(clock.instant().atZone(time.zone()).toLocalDate())) {
            throw SenException.invalidField(field, "DOSSIER_TRANSFER_AGENCY_CLOSED");
        }
        return a;
    }

    private static DossierTaskView view(ResultSet rs) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new DossierTaskView(
                rs.getObject("id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("code"),
                rs.getString("procedure_name"),
                rs.getObject("agency_id", UUID.class),
                rs.getString("task"),
                rs.getTimestamp("sent_at").toInstant(),
                rs.getString("sent_by"),
                rs.getTimestamp("due_at").toInstant(),
                "DONE".equals(rs.getString("state")),
                done == null ? null : done.toInstant(),
                rs.getString("done_by"),
                rs.getString("result_note"),
                rs.getObject("result_file_id", UUID.class),
                rs.getLong("version"));
    }
}
