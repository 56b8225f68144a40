package vn.sen.onestop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published catalogue (danh mục thủ tục hành chính công khai), for anyone: the portal, the API, and — later — the
 * reception of dossiers. Search folds Vietnamese ("cap giay phep" finds "Cấp giấy phép") and pages in the database.
 */
@Component
public class ProcedureCatalogue {

    /** Words of a query beyond this are ignored. */
    static final int MAX_WORDS = 8;

    private final JdbcTemplate jdbc;
    private final Procedures procedures;
    private final ProcedureRevisions revisions;

    ProcedureCatalogue(JdbcTemplate jdbc, Procedures procedures, ProcedureRevisions revisions) {
        this.jdbc = jdbc;
        this.procedures = procedures;
        this.revisions = revisions;
    }

    @Transactional(readOnly = true)
    public ProcedurePage search(ProcedureQuery q) {
        StringBuilder where = new StringBuilder(" from onestop.procedure where active");
        List<Object> args = new ArrayList<>();
        for (String word : SearchText.words(q.text() == null ? "" : q.text(), MAX_WORDS)) {
            where.append(" and search_text like ? escape '\\'");
            args.add("%" + escapeLike(word) + "%");
        }
        if (q.agencyId() != null) {
            where.append(" and agency_id = ?");
            args.add(q.agencyId());
        }
        if (q.field() != null && !q.field().isBlank()) {
            where.append(" and field = ?");
            args.add(q.field().strip());
        }
        if (q.level() != null) {
            where.append(" and level = ?");
            args.add(q.level().name());
        }
        if (q.onlineLevel() != null) {
            where.append(" and online_level = ?");
            args.add(q.onlineLevel().name());
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(q.size());
        paged.add((long) q.page() * q.size());
        List<ProcedureSummary> items = jdbc.query(
                "select id, agency_id, national_code, name, field, level, online_level, processing_hours, demo" + where
                        + " order by name, national_code limit ? offset ?",
                (rs, row) -> new ProcedureSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("agency_id", UUID.class),
                        rs.getString("national_code"),
                        rs.getString("name"),
                        rs.getString("field"),
                        ProcedureLevel.valueOf(rs.getString("level")),
                        OnlineLevel.valueOf(rs.getString("online_level")),
                        rs.getInt("processing_hours"),
                        rs.getBoolean("demo")),
                paged.toArray());
        return new ProcedurePage(items, total == null ? 0 : total, q.page(), q.size());
    }

    /** A published procedure; a withdrawn or unknown one is empty. */
    @Transactional(readOnly = true)
    public Optional<ProcedureView> find(UUID id) {
        return procedures.findById(id).map(Procedure::view).filter(ProcedureView::active);
    }

    /** The procedure as it read at {@code revision} (what a dossier received then is judged by). */
    @Transactional(readOnly = true)
    public Optional<ProcedureView> revision(UUID id, int revision) {
        return revisions.find(id, revision);
    }

    /** The fields (lĩnh vực) of the published procedures, for the filters. */
    @Transactional(readOnly = true)
    public List<String> fields() {
        return jdbc.queryForList(
                "select distinct field from onestop.procedure where active order by field", String.class);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
