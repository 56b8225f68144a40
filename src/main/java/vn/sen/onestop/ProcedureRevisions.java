package vn.sen.onestop;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saved texts of each procedure (phiên bản thủ tục), one JSON snapshot per revision, written in the transaction of
 * the change: a dossier received under revision 3 is judged by revision 3 even after the catalogue moves on.
 */
@Component
class ProcedureRevisions {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ProcedureRevisions(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void keep(ProcedureView p, @Nullable String by) {
        jdbc.update(
                "insert into onestop.procedure_revision (procedure_id, revision, snapshot, saved_at, saved_by)"
                        + " values (?,?,?,?,?)",
                p.id(),
                p.revision(),
                json.writeValueAsString(p),
                Timestamp.from(p.updatedAt()),
                by);
    }

    Optional<ProcedureView> find(UUID procedureId, int revision) {
        return jdbc
                .query(
                        "select snapshot from onestop.procedure_revision where procedure_id = ? and revision = ?",
                        (rs, row) -> json.readValue(rs.getString(1), ProcedureView.class),
                        procedureId,
                        revision)
                .stream()
                .findFirst();
    }
}
